package org.deepcanvas.lab.imageopt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.deepcanvas.lab.imageopt.OptimiserSettings.BlurTarget;
import org.deepcanvas.nn.DeviceScalars;
import org.deepcanvas.nn.FeatureNet;
import org.deepcanvas.nn.LayeredNet;
import org.deepcanvas.nn.embedded.FashionClassifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TermsTest {
    private static final OptimiserSettings ADAM =
            new OptimiserSettings(StepMethod.ADAM, 0.02f, 0, 0f, 1, BlurTarget.GRADIENT, 1f, true, false);

    private NDManager manager;
    private DeviceScalars scalars;

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager();
        scalars = new DeviceScalars(manager);
    }

    @AfterEach
    void close() {
        scalars.close();
        manager.close();
    }

    /** Mean over the four top-left pixels of (dx² + dy²)^1.2, worked out by hand. */
    @Test
    void totalVariationMatchesHandComputation() {
        float[] values = {0, 1, 3, 2, 2, 2, 5, 1, 0};
        NDArray image = manager.create(values, new Shape(1, 1, 3, 3));
        double expected = 0;
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 2; x++) {
                double dx = values[y * 3 + x + 1] - values[y * 3 + x];
                double dy = values[(y + 1) * 3 + x] - values[y * 3 + x];
                expected += Math.pow(dx * dx + dy * dy, 1.2);
            }
        }
        expected /= 4;
        Features features = new Features(TinyNets.identity(manager), null, image, 0, 0, List.of(), scalars);

        assertThat(new TotalVariation(1.2f).loss(features).getFloat()).isCloseTo((float) expected,
                org.assertj.core.data.Offset.offset(1e-4f));
        assertThat(new TotalVariation(1f).loss(features).getFloat()).isCloseTo(
                (float) ((1 + 4) + (4 + 1) + (0 + 9) + (0 + 1)) / 4, org.assertj.core.data.Offset.offset(1e-5f));
    }

    @Test
    void moreTotalVariationWeightGivesASmootherDream() {
        LayeredNet net = TinyNets.convolutional(manager, 3);
        double[] variation = new double[3];
        double[] weights = {0, 2, 20};
        for (int i = 0; i < weights.length; i++) {
            try (TotalVariation tv = new TotalVariation(1.2f)) {
                Objective objective = new Objective(List.of(
                        new Objective.Weighted(LayerActivation.wholeLayer("relu2"), 1),
                        new Objective.Weighted(tv, weights[i])));
                variation[i] = finalTotalVariation(net, objective);
            }
        }
        assertThat(variation[1]).isLessThan(variation[0]);
        assertThat(variation[2]).isLessThan(variation[1]);
    }

    @Test
    void aClassDreamRaisesThatClassesProbability() throws IOException {
        try (LayeredNet net = FashionClassifier.load(manager)) {
            int trouser = net.labels().indexOf("Trouser");
            ClassScore score = new ClassScore(trouser, "Trouser", ClassScore.Score.LOG_SOFTMAX);
            List<Float> probability = readings(net, Objective.of(score), 30, 1, 28);

            assertThat(probability.get(0)).isLessThan(0.2f);
            assertThat(probability.get(29)).isGreaterThan(0.9f);
            assertThat(score.label()).isEqualTo("P(Trouser)");
        }
    }

    @Test
    void aGuidedDreamComesCloserToTheGuidesFeatures() {
        LayeredNet net = TinyNets.convolutional(manager, 4);
        try (FeatureMatch match = new FeatureMatch(TinyNets.picture(50, 40), "guide", "relu2", FeatureMatch.Match.L2)) {
            List<Float> distance = readings(net, Objective.of(match), 40, 1, 32);
            assertThat(distance.get(39)).isLessThan(distance.get(0) / 3);
            assertThat(match.label()).isEqualTo("guide relu2 L2");
        }
    }

    @Test
    void aChannelOutsideTheLayerIsNamedInTheError() {
        LayeredNet net = TinyNets.convolutional(manager, 4);
        assertThatThrownBy(() -> readings(net, Objective.of(new LayerActivation("relu2", 16,
                LayerActivation.Measure.MEAN)), 1, 0, 16))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("channel 16 is out of range for relu2: it has 16 channels (0 to 15)");
    }

    private double finalTotalVariation(FeatureNet net, Objective objective) {
        try (OptimisedImage image = OptimisedImage.noise(32, 32, 3, new Random(3), manager);
                ImageOptimiser optimiser = new ImageOptimiser(net, image, manager)) {
            for (int i = 0; i < 25; i++) {
                try (NDScope scope = new NDScope()) {
                    optimiser.step(objective, ADAM, new Random(i));
                }
            }
            Features features = new Features(net, null, image.values(), 0, 0, List.of(), scalars);
            return new TotalVariation(1.2f).loss(features).getFloat();
        }
    }

    private List<Float> readings(FeatureNet net, Objective objective, int steps, int jitter, int side) {
        List<Float> readings = new java.util.ArrayList<>();
        try (OptimisedImage image = OptimisedImage.noise(side, side, net.preprocessing().channels(), new Random(5), manager);
                ImageOptimiser optimiser = new ImageOptimiser(net, image, manager)) {
            Random random = new Random(6);
            for (int i = 0; i < steps; i++) {
                try (NDScope scope = new NDScope()) {
                    readings.add(optimiser.step(objective, ADAM.withJitter(jitter), random)
                            .readings().values().iterator().next().getFloat());
                }
            }
        }
        return readings;
    }
}
