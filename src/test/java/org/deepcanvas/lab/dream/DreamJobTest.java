package org.deepcanvas.lab.dream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.imageopt.OctaveSettings;
import org.deepcanvas.lab.imageopt.ZoomSettings;
import org.deepcanvas.nn.embedded.RandomTextureNet;
import org.deepcanvas.nn.library.ModelLibrary;
import org.deepcanvas.runtime.ComputeRuntime;
import org.deepcanvas.runtime.Frame;
import org.deepcanvas.runtime.HostReadCheck;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.runtime.JobState;
import org.deepcanvas.runtime.JobState.Phase;
import org.deepcanvas.runtime.RunOptions;
import org.junit.jupiter.api.Test;

class DreamJobTest {
    private static final OctaveSettings SMALL = new OctaveSettings(2, 1.5f, 3);

    /** The two embedded networks, without a model library on disk. */
    static final org.deepcanvas.lab.imageopt.NetworkOpener EMBEDDED = (id, manager) -> switch (id) {
        case ModelLibrary.FASHION -> org.deepcanvas.nn.embedded.FashionClassifier.load(manager);
        case ModelLibrary.RANDOM_TEXTURE -> RandomTextureNet.create(manager, RandomTextureNet.DEFAULT_SEED);
        default -> throw new java.io.IOException("no model \"" + id + "\"");
    };

    @Test
    void aDreamOfTheFashionNetsLayerRisesAndItsStepsReadNothing() throws Exception {
        DreamSettings settings = DreamSettings.of(ModelLibrary.FASHION, 48, DreamGoal.layer("relu2")).withOctaves(SMALL);
        HostReadCheck.assertStepsReadNothing(new DreamJob(EMBEDDED, picture()), settings, 6);
    }

    @Test
    void framesArriveAtTheOutputSizeAndTheObjectiveRises() throws Exception {
        DreamSettings settings = DreamSettings.of(ModelLibrary.FASHION, 48, DreamGoal.layer("relu2")).withOctaves(SMALL);
        try (ComputeRuntime runtime = new ComputeRuntime()) {
            JobHandle<DreamSettings> handle = runtime.submit("dream", new DreamJob(EMBEDDED, picture()), settings,
                    RunOptions.defaults().withMaxSteps(6).withMinFrameIntervalMillis(0).withMetricsInterval(1));
            handle.start();
            assertThat(handle.awaitFinish(Duration.ofSeconds(60)).phase()).isEqualTo(Phase.COMPLETED);
            List<Frame> frames = handle.recordedFrames();
            assertThat(frames).hasSize(6).allSatisfy(frame -> {
                assertThat(frame.image().width()).isEqualTo(48);
                assertThat(frame.image().height()).isEqualTo(36);
            });
            List<Double> readings = handle.metricsHistory().stream().map(s -> s.values().get("relu2 mean")).toList();
            assertThat(readings.get(2)).isGreaterThan(readings.get(0));
            assertThat(readings.get(5)).isGreaterThan(readings.get(3));
        }
    }

    @Test
    void theSameSeedDreamsTheSameZoom() throws Exception {
        DreamSettings settings = DreamSettings.of(ModelLibrary.FASHION, 40, DreamGoal.channel("relu1", 3))
                .withOctaves(new OctaveSettings(1, 1.5f, 2)).withZoom(new ZoomSettings(1.1f, 3f, 2));
        int[] first = lastFrame(settings, 3);
        assertThat(lastFrame(settings, 3)).isEqualTo(first);
        assertThat(lastFrame(settings, 4)).isNotEqualTo(first);
    }

    @Test
    void aNewSizeRestartsAndSaysWhyWhileTheStepSizeActsLive() throws Exception {
        DreamSettings settings = DreamSettings.of(ModelLibrary.FASHION, 40, DreamGoal.layer("relu1"));
        try (ComputeRuntime runtime = new ComputeRuntime()) {
            JobHandle<DreamSettings> handle = runtime.submit("dream", new DreamJob(EMBEDDED, null), settings,
                    RunOptions.defaults().withMinFrameIntervalMillis(0));
            handle.start();
            waitFor(handle, 3);
            handle.updateSettings(settings.withOptimiser(settings.optimiser().withStepSize(0.05f)));
            waitFor(handle, handle.steps() + 2);
            assertThat(handle.state().message()).isEmpty();
            handle.updateSettings(settings.withSize(56));
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (!handle.state().message().startsWith("restarted") && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(handle.state().message()).isEqualTo("restarted: size changed to 56 px");
        }
    }

    @Test
    void anUnknownClassFailsWithTheNamesClosestToIt() throws Exception {
        DreamSettings settings = DreamSettings.of(ModelLibrary.FASHION, 40, DreamGoal.ofClass("Sneakers"));
        try (ComputeRuntime runtime = new ComputeRuntime()) {
            JobHandle<DreamSettings> handle = runtime.submit("dream", new DreamJob(EMBEDDED, null), settings,
                    RunOptions.defaults().withMaxSteps(3));
            handle.start();
            JobState state = handle.awaitFinish(Duration.ofSeconds(30));
            assertThat(state.phase()).isEqualTo(Phase.FAILED);
            assertThat(state.message()).isEqualTo("no class \"Sneakers\" in Fashion-MNIST classifier");
        }
    }

    private static int[] lastFrame(DreamSettings settings, long seed) throws Exception {
        try (ComputeRuntime runtime = new ComputeRuntime()) {
            JobHandle<DreamSettings> handle = runtime.submit("dream", new DreamJob(EMBEDDED, null), settings,
                    RunOptions.defaults().withSeed(seed).withMaxSteps(7).withMinFrameIntervalMillis(0));
            handle.start();
            assertThat(handle.awaitFinish(Duration.ofSeconds(60)).phase()).isEqualTo(Phase.COMPLETED);
            return handle.latestFrame().orElseThrow().image().pixels();
        }
    }

    private static void waitFor(JobHandle<?> handle, long steps) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (handle.steps() < steps && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(handle.steps()).isGreaterThanOrEqualTo(steps);
    }

    static ArgbImage picture() {
        int[] pixels = new int[64 * 48];
        for (int i = 0; i < pixels.length; i++) {
            int x = i % 64;
            int y = i / 64;
            int v = (int) (127 + 100 * Math.sin(x * 0.3) * Math.cos(y * 0.2));
            pixels[i] = 0xff000000 | v << 16 | (255 - v) << 8 | (x * 4);
        }
        return new ArgbImage(64, 48, pixels);
    }
}
