package org.deepcanvas.lab.paint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.image.Montage;
import org.deepcanvas.image.Resize;
import org.deepcanvas.runtime.ComputeRuntime;
import org.deepcanvas.runtime.Frame;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.runtime.JobState.Phase;
import org.deepcanvas.runtime.RunOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class PaintJobTest {
    private static final ComputeRuntime RUNTIME = new ComputeRuntime();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @AfterAll
    static void closeRuntime() {
        RUNTIME.close();
    }

    /** A soft diagonal gradient with a bright disc: structure a small network can learn. */
    static ArgbImage syntheticImage(int side, int shift) {
        int[] pixels = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int dx = x - side / 2 + shift;
                int dy = y - side / 2;
                boolean disc = dx * dx + dy * dy < side * side / 9;
                int r = disc ? 240 : 255 * x / side;
                int g = disc ? 220 : 255 * y / side;
                int b = disc ? 40 : 128;
                pixels[y * side + x] = 0xff000000 | r << 16 | g << 8 | b;
            }
        }
        return new ArgbImage(side, side, pixels);
    }

    @Test
    void thePaintingConvergesOnTheTarget() throws Exception {
        ArgbImage target = syntheticImage(16, 0);
        List<Frame> frames = run(List.of(target), PaintSettings.DEFAULT.withLearningRate(5e-3), 1_000, 7);

        double first = meanSquaredError(frames.get(0).image(), target);
        double last = meanSquaredError(frames.get(frames.size() - 1).image(), target);
        assertThat(frames.get(0).step()).isEqualTo(20);
        assertThat(frames.get(frames.size() - 1).step()).isEqualTo(1_000);
        assertThat(last).as("error after 1000 steps vs after 20").isLessThan(first / 20);
    }

    @Test
    void theSameSeedPaintsTheSamePicture() throws Exception {
        List<ArgbImage> target = List.of(syntheticImage(8, 0));
        List<Frame> once = run(target, PaintSettings.DEFAULT, 100, 3);
        List<Frame> twice = run(target, PaintSettings.DEFAULT, 100, 3);
        List<Frame> otherSeed = run(target, PaintSettings.DEFAULT, 100, 4);

        assertThat(twice.get(4).image().pixels()).isEqualTo(once.get(4).image().pixels());
        assertThat(twice.get(4).metrics()).isEqualTo(once.get(4).metrics());
        assertThat(otherSeed.get(4).image().pixels()).isNotEqualTo(once.get(4).image().pixels());
    }

    @Test
    void manyImagesPaintAMontageAndWalkBetweenThem() throws Exception {
        List<ArgbImage> targets = List.of(syntheticImage(8, -2), syntheticImage(8, 0), syntheticImage(8, 2));
        PaintJob job = new PaintJob(targets);
        JobHandle<PaintSettings> handle = RUNTIME.submit("paint many", job, PaintSettings.DEFAULT, options(200, 1));
        handle.start();
        assertThat(handle.awaitFinish(PATIENCE).phase()).isEqualTo(Phase.COMPLETED);

        ArgbImage montage = Montage.of(targets).image();
        assertThat(handle.latestFrame().orElseThrow().image())
                .extracting(ArgbImage::width, ArgbImage::height)
                .containsExactly(montage.width(), montage.height());
        List<ArgbImage> walk = handle.call(() -> job.latentWalk(9)).get(30, TimeUnit.SECONDS);
        assertThat(walk).hasSize(9).allSatisfy(frame -> assertThat(frame.width()).isEqualTo(8));
        assertThat(walk.get(0).pixels()).isNotEqualTo(walk.get(8).pixels());
        handle.close();
    }

    @Test
    void takesANewBatchSizeLossAndRateWithoutRestarting() throws Exception {
        JobHandle<PaintSettings> handle = RUNTIME.submit("paint live", new PaintJob(List.of(syntheticImage(8, 0))),
                PaintSettings.DEFAULT, options(400, 5));
        handle.start();
        while (handle.steps() < 50 && !handle.state().isFinished()) {
            Thread.sleep(1);
        }
        handle.updateSettings(PaintSettings.DEFAULT.withBatchSize(7).withLoss(PaintLoss.L1).withLearningRate(0.01));

        assertThat(handle.awaitFinish(PATIENCE).phase()).isEqualTo(Phase.COMPLETED);
        assertThat(handle.metricsHistory().get(0).step()).as("a restart would clear the history").isEqualTo(10);
        handle.close();
    }

    @Test
    void onlyTheNetworkShapeNeedsARestart() {
        PaintJob job = new PaintJob(List.of(syntheticImage(4, 0)));
        PaintSettings base = PaintSettings.DEFAULT;

        assertThat(job.restartReason(base, base.withLearningRate(0.01).withBatchSize(10)
                .withLoss(PaintLoss.L1).withDrawInterval(5))).isEmpty();
        assertThat(job.restartReason(base, base.withHiddenLayers(3))).hasValue("layer count changed to 3");
        assertThat(job.restartReason(base, base.withLayerWidth(64))).hasValue("layer width changed to 64");
        assertThat(job.restartReason(base, base.withActivation(PaintActivation.TANH)))
                .hasValue("activation changed to tanh");
    }

    @Test
    void drawsAtAnyRenderSizeWithTheAspectKept() throws Exception {
        ArgbImage wide = Resize.to(syntheticImage(16, 0), 16, 8);
        PaintJob job = new PaintJob(List.of(wide));
        PaintSettings settings = PaintSettings.DEFAULT.withLearningRate(5e-3);
        JobHandle<PaintSettings> handle = RUNTIME.submit("paint render", job, settings, options(300, 2));
        handle.start();
        assertThat(handle.awaitFinish(PATIENCE).phase()).isEqualTo(Phase.COMPLETED);

        ArgbImage atTrainingSize = handle.call(() -> job.render(settings)).get(30, TimeUnit.SECONDS);
        ArgbImage large = handle.call(() -> job.render(settings.withRenderSize(64))).get(30, TimeUnit.SECONDS);
        handle.close();

        assertThat(atTrainingSize).extracting(ArgbImage::width, ArgbImage::height).containsExactly(16, 8);
        assertThat(large).extracting(ArgbImage::width, ArgbImage::height).containsExactly(64, 32);
        // the same painting, finer: shrunk back, it matches what the training size shows
        assertThat(meanAbsoluteDifference(Resize.to(large, 16, 8), atTrainingSize))
                .as("mean difference per channel, of 255").isLessThan(6);
    }

    @Test
    void aManyImageFrameAtARenderSizeIsAMontageOfThatSide() throws Exception {
        List<ArgbImage> targets = List.of(syntheticImage(8, -2), syntheticImage(8, 0), syntheticImage(8, 2));
        PaintJob job = new PaintJob(targets);
        PaintSettings settings = PaintSettings.DEFAULT.withRenderSize(100);
        JobHandle<PaintSettings> handle = RUNTIME.submit("paint many render", job, settings, options(20, 1));
        handle.start();
        assertThat(handle.awaitFinish(PATIENCE).phase()).isEqualTo(Phase.COMPLETED);

        ArgbImage frame = handle.latestFrame().orElseThrow().image();
        List<ArgbImage> walk = handle.call(() -> job.latentWalk(3)).get(30, TimeUnit.SECONDS);
        handle.close();

        assertThat(frame.width()).as("two columns of 48-pixel cells and three borders").isEqualTo(99);
        assertThat(walk).allSatisfy(image -> assertThat(image.width()).as("a walk frame is one painting").isEqualTo(100));
    }

    @Test
    void aSingleImageHasNoLatentWalk() {
        PaintJob job = new PaintJob(List.of(syntheticImage(4, 0)));
        assertThatThrownBy(() -> job.latentWalk(10)).hasMessageContaining("at least two images");
    }

    private static List<Frame> run(List<ArgbImage> targets, PaintSettings settings, int steps, long seed)
            throws InterruptedException {
        JobHandle<PaintSettings> handle = RUNTIME.submit("paint", new PaintJob(targets), settings, options(steps, seed));
        handle.start();
        assertThat(handle.awaitFinish(PATIENCE).phase()).isEqualTo(Phase.COMPLETED);
        List<Frame> frames = handle.recordedFrames();
        handle.close();
        return frames;
    }

    private static RunOptions options(int steps, long seed) {
        return RunOptions.defaults().withSeed(seed).withMaxSteps(steps).withMinFrameIntervalMillis(0);
    }

    static double meanAbsoluteDifference(ArgbImage a, ArgbImage b) {
        double sum = 0;
        for (int i = 0; i < a.pixels().length; i++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                sum += Math.abs((a.pixels()[i] >> shift & 0xff) - (b.pixels()[i] >> shift & 0xff));
            }
        }
        return sum / (3.0 * a.pixels().length);
    }

    static double meanSquaredError(ArgbImage a, ArgbImage b) {
        double sum = 0;
        for (int i = 0; i < a.pixels().length; i++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                double d = ((a.pixels()[i] >> shift & 0xff) - (b.pixels()[i] >> shift & 0xff)) / 255.0;
                sum += d * d;
            }
        }
        return sum / (3.0 * a.pixels().length);
    }
}
