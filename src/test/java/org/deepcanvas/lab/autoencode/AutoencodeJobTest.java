package org.deepcanvas.lab.autoencode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.latent.LatentPoint;
import org.deepcanvas.lab.trainingset.TinyData;
import org.deepcanvas.lab.trainingset.TrainingSet;
import org.deepcanvas.nn.autoencode.AutoencoderArchitecture;
import org.deepcanvas.runtime.ComputeRuntime;
import org.deepcanvas.runtime.Frame;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.runtime.JobState.Phase;
import org.deepcanvas.runtime.MetricSample;
import org.deepcanvas.runtime.RunOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoencodeJobTest {
    private static final AutoencodeSettings SMALL_VAE = AutoencodeSettings.of(AutoencoderArchitecture.fullyConnected()
                    .withLayers(List.of(64)).withVariational(true))
            .withBatchSize(25)
            .withPreviewCount(5);

    @TempDir
    Path folder;

    @Test
    void trainsInTheRuntimeWithFramesBothLossesAndLatentQueries() throws Exception {
        TrainingSet data = TinyData.fashion(100, 20);
        RunOptions options = RunOptions.defaults().withSeed(3).withMaxSteps(12).withMetricsInterval(4);
        try (ComputeRuntime runtime = new ComputeRuntime()) {
            AutoencodeJob job = AutoencodeJob.training(data);
            JobHandle<AutoencodeSettings> handle = runtime.submit("autoencoder", job, SMALL_VAE, options);
            handle.start();

            assertThat(handle.awaitFinish(Duration.ofSeconds(60)).phase()).isEqualTo(Phase.COMPLETED);
            Frame frame = handle.latestFrame().orElseThrow();
            List<MetricSample> metrics = handle.metricsHistory();
            ArgbImage manifold = handle.call(() -> job.explorer().manifold(job.explorer().defaultPlane(), 4, 4, 2))
                    .get(30, TimeUnit.SECONDS);
            List<LatentPoint> scatter = handle.call(() -> job.explorer().scatter(data, job.explorer().defaultPlane(), 20))
                    .get(30, TimeUnit.SECONDS);
            Path saved = handle.call(() -> job.save(folder.resolve("vae.safetensors"))).get(30, TimeUnit.SECONDS);

            handle.updateSettings(SMALL_VAE.withView(FrameView.manifold(3, 1.5f)));
            ArgbImage manifoldFrame = handle.call(() -> job.render(handle.settings())).get(30, TimeUnit.SECONDS);

            assertThat(manifoldFrame.width()).isEqualTo(3 * 29 + 1);
            assertThat(frame.image().width()).isEqualTo(5 * 29 + 1);
            assertThat(frame.image().height()).isEqualTo(2 * 29 + 1);
            assertThat(metrics).isNotEmpty();
            assertThat(metrics.get(0).values()).containsKeys(StepLosses.RECONSTRUCTION, StepLosses.KL);
            assertThat(manifold.width()).isEqualTo(4 * 29 + 1);
            assertThat(scatter).hasSize(20);
            assertThat(handle.call(job::epochsDone).get(30, TimeUnit.SECONDS)).isEqualTo(3);
            assertThat(AutoencoderFiles.readInfo(saved).settings()).isEqualTo(SMALL_VAE);
            handle.close();
        }
    }

    @Test
    void aSavedModelReopensPausedAndReconstructsAsWhenSaved() throws Exception {
        TrainingSet data = TinyData.fashion(50, 4);
        Path weights = folder.resolve("model.safetensors");
        RunOptions options = RunOptions.defaults().withSeed(8).withMaxSteps(4);
        try (ComputeRuntime runtime = new ComputeRuntime()) {
            AutoencodeJob trained = AutoencodeJob.training(data);
            JobHandle<AutoencodeSettings> first = runtime.submit("train", trained, SMALL_VAE, options);
            first.start();
            assertThat(first.awaitFinish(Duration.ofSeconds(60)).phase()).isEqualTo(Phase.COMPLETED);
            first.call(() -> trained.save(weights)).get(30, TimeUnit.SECONDS);
            float[][] codesWhenSaved = first.call(() -> trained.explorer().encode(data.test())).get(30, TimeUnit.SECONDS);

            AutoencodeJob reopened = AutoencodeJob.fromSavedModel(data, weights);
            AutoencodeSettings saved = AutoencoderFiles.readInfo(weights).settings();
            JobHandle<AutoencodeSettings> second = runtime.submit("reopened", reopened, saved, RunOptions.defaults());
            second.startPaused();
            float[][] codesReopened = second.call(() -> reopened.explorer().encode(data.test())).get(30, TimeUnit.SECONDS);

            assertThat(second.steps()).isZero();
            assertThat(codesReopened).isDeepEqualTo(codesWhenSaved);
        }
    }

    @Test
    void anArchitectureChangeRestartsButALearningRateChangeDoesNot() {
        AutoencodeSettings faster = SMALL_VAE.withLearningRate(1e-2f).withNoise(
                org.deepcanvas.nn.autoencode.Corruption.MASKING, 0.3f).withKlWeight(0.5f).withBatchSize(10);
        AutoencodeSettings wider = SMALL_VAE.withArchitecture(SMALL_VAE.architecture().withCodeSize(8));
        AutoencodeJob job = AutoencodeJob.training(TinyData.fashion(10, 5));

        assertThat(job.restartReason(SMALL_VAE, faster)).isEmpty();
        assertThat(job.restartReason(SMALL_VAE, wider)).contains("the network changed");
    }
}
