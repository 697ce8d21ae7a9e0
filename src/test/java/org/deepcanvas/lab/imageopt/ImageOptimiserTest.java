package org.deepcanvas.lab.imageopt;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.util.List;
import java.util.Random;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.imageopt.FeatureMatch.Match;
import org.deepcanvas.lab.imageopt.OptimiserSettings.BlurTarget;
import org.deepcanvas.nn.FeatureNet;
import org.deepcanvas.nn.LayeredNet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImageOptimiserTest {
    private static final OptimiserSettings PLAIN =
            new OptimiserSettings(StepMethod.NORMALISED_STD, 0.01f, 0, 0f, 1, BlurTarget.GRADIENT, 1f, true, false);

    private NDManager manager;

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager();
    }

    @AfterEach
    void close() {
        manager.close();
    }

    @Test
    void aDreamRaisesTheLayersActivation() {
        LayeredNet net = TinyNets.convolutional(manager, 3);
        List<Float> readings = run(net, Objective.of(LayerActivation.wholeLayer("relu2")),
                PLAIN.withJitter(4).withBlur(0.5f, 1, BlurTarget.GRADIENT), 30, new Random(1), 48);

        assertThat(readings.get(29)).isGreaterThan(2 * readings.get(0));
    }

    @Test
    void oneChannelRisesMoreThanTheLayerAsAWhole() {
        LayeredNet net = TinyNets.convolutional(manager, 3);
        LayerActivation channel = new LayerActivation("relu2", 5, LayerActivation.Measure.MEAN);
        List<Float> readings = run(net, Objective.of(channel), PLAIN, 20, new Random(1), 32);

        assertThat(readings.get(19)).isGreaterThan(3 * readings.get(0));
        assertThat(channel.label()).isEqualTo("relu2 channel 5 mean");
    }

    /** Matching the identity network's "layer" (the image itself) pulls the pixels onto the target, jitter or not. */
    @Test
    void jitterLeavesTheImageInPlace() {
        LayeredNet net = TinyNets.identity(manager);
        ArgbImage target = TinyNets.picture(24, 24);
        try (FeatureMatch match = new FeatureMatch(target, "target", "same", Match.L2)) {
            List<Float> distances = run(net, Objective.of(match),
                    PLAIN.withMethod(StepMethod.ADAM).withStepSize(0.05f).withJitter(7), 60, new Random(2), 24);
            assertThat(distances.get(59)).isLessThan(distances.get(0) / 20);
        }
    }

    @Test
    void aTinyStepWithJitterDoesNotMoveThePicture() {
        LayeredNet net = TinyNets.convolutional(manager, 3);
        ArgbImage start = TinyNets.picture(20, 16);
        try (OptimisedImage image = OptimisedImage.of(start, 3, manager);
                ImageOptimiser optimiser = new ImageOptimiser(net, image, manager)) {
            try (NDScope scope = new NDScope()) {
                optimiser.step(Objective.of(LayerActivation.wholeLayer("relu1")),
                        PLAIN.withStepSize(1e-5f).withJitter(6), new Random(4));
            }
            int[] before = start.pixels();
            int[] after = image.toArgb().pixels();
            int largest = 0;
            for (int i = 0; i < before.length; i++) {
                for (int shift = 0; shift <= 16; shift += 8) {
                    largest = Math.max(largest, Math.abs((before[i] >> shift & 0xff) - (after[i] >> shift & 0xff)));
                }
            }
            assertThat(largest).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void theSameSeedGivesTheSameImageAndAnotherSeedAnother() {
        LayeredNet net = TinyNets.convolutional(manager, 3);
        OptimiserSettings settings = PLAIN.withJitter(5).withDecay(0.99f).withBlur(0.8f, 3, BlurTarget.IMAGE);
        int[] first = dream(net, settings, 7);
        int[] again = dream(net, settings, 7);
        int[] other = dream(net, settings, 8);

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void everyStepRuleClimbsTheSameObjective() {
        LayeredNet net = TinyNets.convolutional(manager, 5);
        for (StepMethod method : StepMethod.values()) {
            float stepSize = switch (method) {
                case ADAM -> 0.02f;
                case LBFGS -> 1f; // a multiple of its own step, PyTorch's default
                default -> 0.01f;
            };
            OptimiserSettings settings = PLAIN.withMethod(method).withStepSize(stepSize);
            List<Float> readings = run(net, Objective.of(LayerActivation.wholeLayer("relu2")), settings, 15,
                    new Random(1), 32);
            assertThat(readings.get(14)).as(method.name()).isGreaterThan(1.5f * readings.get(0));
        }
    }

    @Test
    void clampKeepsPixelsInRangeAndDecayPullsTowardsGrey() {
        LayeredNet net = TinyNets.convolutional(manager, 3);
        try (OptimisedImage image = OptimisedImage.of(TinyNets.picture(16, 16), 3, manager);
                ImageOptimiser optimiser = new ImageOptimiser(net, image, manager)) {
            for (int i = 0; i < 10; i++) {
                try (NDScope scope = new NDScope()) {
                    optimiser.step(Objective.of(LayerActivation.wholeLayer("relu1")), PLAIN.withStepSize(0.3f),
                            new Random(i));
                }
            }
            assertThat(image.values().min().getFloat()).isGreaterThanOrEqualTo(0f);
            assertThat(image.values().max().getFloat()).isLessThanOrEqualTo(1f);
            float spreadBefore = image.values().sub(0.5f).abs().mean().getFloat();
            try (NDScope scope = new NDScope()) {
                optimiser.step(Objective.of(LayerActivation.wholeLayer("relu1")),
                        PLAIN.withStepSize(1e-6f).withDecay(0.5f), new Random(0));
            }
            assertThat(image.values().sub(0.5f).abs().mean().getFloat()).isCloseTo(spreadBefore / 2,
                    org.assertj.core.data.Offset.offset(0.01f));
        }
    }

    /** A grey network, or keep colours with a colour one: light and shade change, B - G and R - G stay. */
    @Test
    void keepingColoursChangesBrightnessOnly() {
        for (boolean grey : new boolean[] {true, false}) {
            LayeredNet net = grey ? TinyNets.grey(manager, 3) : TinyNets.convolutional(manager, 3);
            try (OptimisedImage image = OptimisedImage.of(TinyNets.picture(24, 24), 3, manager)) {
                image.values().muli(0.5f).addi(0.25f); // mid-range, so the clamp never cuts a channel
                float[] before = image.values().toFloatArray();
                try (ImageOptimiser optimiser = new ImageOptimiser(net, image, manager)) {
                    for (int i = 0; i < 5; i++) {
                        try (NDScope scope = new NDScope()) {
                            optimiser.step(Objective.of(LayerActivation.wholeLayer("relu2")),
                                    PLAIN.withStepSize(0.005f).withJitter(2).withKeepColours(!grey), new Random(i));
                        }
                    }
                }
                float[] after = image.values().toFloatArray();
                int plane = 24 * 24;
                float largestChromaChange = 0;
                float brightnessChange = 0;
                for (int i = 0; i < plane; i++) {
                    for (int other : new int[] {0, 2}) {
                        float chroma = (after[other * plane + i] - after[plane + i])
                                - (before[other * plane + i] - before[plane + i]);
                        largestChromaChange = Math.max(largestChromaChange, Math.abs(chroma));
                    }
                    brightnessChange += Math.abs(after[plane + i] - before[plane + i]) / plane;
                }
                assertThat(largestChromaChange).as(grey ? "grey net" : "keep colours").isLessThan(1e-5f);
                assertThat(brightnessChange).as(grey ? "grey net" : "keep colours").isGreaterThan(0.005f);
            }
        }
    }

    private int[] dream(FeatureNet net, OptimiserSettings settings, long seed) {
        try (OptimisedImage image = OptimisedImage.noise(24, 20, 3, new Random(seed), manager);
                ImageOptimiser optimiser = new ImageOptimiser(net, image, manager)) {
            Random random = new Random(seed);
            for (int i = 0; i < 8; i++) {
                try (NDScope scope = new NDScope()) {
                    optimiser.step(Objective.of(LayerActivation.wholeLayer("relu2")), settings, random);
                }
            }
            return image.toArgb().pixels();
        }
    }

    /** The objective's first reading before each of {@code steps} steps. */
    private List<Float> run(FeatureNet net, Objective objective, OptimiserSettings settings, int steps, Random random,
                            int side) {
        List<Float> readings = new java.util.ArrayList<>();
        try (OptimisedImage image = OptimisedImage.noise(side, side, 3, new Random(9), manager);
                ImageOptimiser optimiser = new ImageOptimiser(net, image, manager)) {
            for (int i = 0; i < steps; i++) {
                try (NDScope scope = new NDScope()) {
                    NDArray reading = optimiser.step(objective, settings, random).readings().values().iterator().next();
                    readings.add(reading.getFloat());
                }
            }
        }
        return readings;
    }
}
