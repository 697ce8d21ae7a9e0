package org.deepcanvas.lab.imageopt;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.Random;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.imageopt.OctaveSettings.Size;
import org.deepcanvas.lab.imageopt.OptimiserSettings.BlurTarget;
import org.deepcanvas.nn.LayeredNet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Octave sizes, detail carried between octaves, the zoom's sampling, roll and blur. */
class GeometryTest {
    private static final OptimiserSettings STILL =
            new OptimiserSettings(StepMethod.NORMALISED_STD, 1e-6f, 0, 0f, 1, BlurTarget.GRADIENT, 1f, false, false);

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
    void octavesGrowByTheirScaleUpToTheFullSize() {
        assertThat(new OctaveSettings(4, 1.4f, 10).sizes(300, 200)).containsExactly(
                new Size(109, 73), new Size(153, 102), new Size(214, 143), new Size(300, 200));
        assertThat(new OctaveSettings(3, 2f, 10).sizes(64, 48)).containsExactly(
                new Size(32, 32), new Size(32, 32), new Size(64, 48));
        assertThat(new OctaveSettings(1, 1.4f, 10).sizes(90, 60)).containsExactly(new Size(90, 60));
    }

    /** Steps too small to change anything: the full-size octave must be the sharp start image, not an enlarged small one. */
    @Test
    void thePyramidCarriesDetailSoTheStartImageStaysSharp() {
        LayeredNet net = TinyNets.convolutional(manager, 1);
        ArgbImage start = TinyNets.picture(64, 48);
        OctaveSettings octaves = new OctaveSettings(3, 2f, 2);
        try (ImageRun run = new ImageRun(net, OptimisedImage.of(start, 3, manager), octaves, ImageRun.Carry.DETAIL, manager)) {
            List<Integer> widths = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                widths.add(run.optimiser().image().width());
                step(run, octaves, ZoomSettings.NONE);
            }
            assertThat(widths).containsExactly(32, 32, 32, 32, 64, 64);
            assertThat(run.progress().inPyramid()).isFalse();
            assertThat(largestDifference(run.render(), start)).isLessThanOrEqualTo(1);
        }
        try (ImageRun run = new ImageRun(net, OptimisedImage.of(start, 3, manager), octaves, ImageRun.Carry.IMAGE, manager)) {
            for (int i = 0; i < 6; i++) {
                step(run, octaves, ZoomSettings.NONE);
            }
            assertThat(largestDifference(run.render(), start)).as("enlarging the image itself blurs it").isGreaterThan(40);
        }
    }

    @Test
    void zoomFramesFollowThePyramidEveryFewSteps() {
        LayeredNet net = TinyNets.convolutional(manager, 1);
        OctaveSettings octaves = new OctaveSettings(1, 2f, 3);
        ZoomSettings zoom = new ZoomSettings(1.1f, 2f, 2);
        try (ImageRun run = new ImageRun(net, OptimisedImage.of(TinyNets.picture(40, 40), 3, manager), octaves,
                ImageRun.Carry.DETAIL, manager)) {
            for (int i = 0; i < 3 + 7; i++) {
                step(run, octaves, zoom);
            }
            assertThat(run.progress().zoomFrames()).isEqualTo(3);
        }
    }

    @Test
    void aZoomEnlargesAroundTheCentre() {
        ZoomTransform.Sampling twice = ZoomTransform.sampling(5, 5, 2f, 0f);
        // output (0, 0) reads the source at (1, 1); output (2, 2), the centre, reads itself
        assertThat(twice.indices()[0]).isEqualTo(6);
        assertThat(twice.weights()[0]).isEqualTo(1f);
        assertThat(twice.indices()[12]).isEqualTo(12);
        // output (1, 0) reads (1.5, 1): half of (1, 1), half of (2, 1)
        assertThat(twice.weights()[1]).isEqualTo(0.5f);
        assertThat(twice.indices()[25 + 1]).isEqualTo(7);
        assertThat(twice.weights()[25 + 1]).isEqualTo(0.5f);
    }

    @Test
    void aQuarterTurnMovesTheTopToTheLeft() {
        float[] values = new float[25];
        values[2] = 1f; // top middle
        try (ZoomTransform zoom = new ZoomTransform(manager)) {
            NDArray turned = zoom.apply(manager.create(values, new Shape(1, 1, 5, 5)), 1f, 90f);
            float[] out = turned.toFloatArray();
            assertThat(out[2 * 5]).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-5f)); // left middle
            assertThat(turned.sum().getFloat()).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-5f));
            NDArray same = zoom.apply(manager.create(values, new Shape(1, 1, 5, 5)), 1f, 0f);
            assertThat(same.toFloatArray()).containsExactly(values);
        }
    }

    @Test
    void rollWrapsAroundLikeNumpy() {
        NDArray image = manager.arange(0f, 12f).reshape(1, 1, 3, 4);
        assertThat(ImageFilters.roll(image, 1, -1).toFloatArray())
                .containsExactly(9, 10, 11, 8, 1, 2, 3, 0, 5, 6, 7, 4);
        assertThat(ImageFilters.roll(image, 3, 8).toFloatArray()).containsExactly(image.toFloatArray());
    }

    @Test
    void aBlurKeepsFlatImagesFlatAndSpreadsAPointEvenly() {
        try (GaussianBlur blur = new GaussianBlur(manager)) {
            NDArray flat = manager.full(new Shape(1, 3, 9, 7), 0.7f);
            assertThat(blur.apply(flat, 1.5f).sub(0.7f).abs().max().getFloat()).isLessThan(1e-5f);
            float[] point = new float[81];
            point[40] = 1f;
            float[] spread = blur.apply(manager.create(point, new Shape(1, 1, 9, 9)), 1f).toFloatArray();
            assertThat(spread[40]).isLessThan(0.2f);
            assertThat(spread[39]).isEqualTo(spread[41]).isEqualTo(spread[31]).isEqualTo(spread[49]);
            assertThat(spread[39]).isGreaterThan(spread[38]);
        }
        float sum = 0;
        for (float tap : GaussianBlur.kernel(0.8f)) {
            sum += tap;
        }
        assertThat(sum).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-6f));
    }

    private static void step(ImageRun run, OctaveSettings octaves, ZoomSettings zoom) {
        try (NDScope scope = new NDScope()) {
            run.step(Objective.of(LayerActivation.wholeLayer("relu1")), STILL, octaves, zoom, new Random(0));
        }
    }

    private static int largestDifference(ArgbImage a, ArgbImage b) {
        int largest = 0;
        for (int i = 0; i < a.pixels().length; i++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                largest = Math.max(largest, Math.abs((a.pixels()[i] >> shift & 0xff) - (b.pixels()[i] >> shift & 0xff)));
            }
        }
        return largest;
    }
}
