package org.deepcanvas.lab.gan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.latent.Interpolation;
import org.deepcanvas.lab.trainingset.TinyData;
import org.deepcanvas.lab.trainingset.TrainingSet;
import org.deepcanvas.nn.gan.GanArchitecture;
import org.deepcanvas.runtime.ComputeRuntime;
import org.deepcanvas.runtime.Frame;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.runtime.JobState.Phase;
import org.deepcanvas.runtime.RunOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GanJobTest {
    private static final GanSettings TINY_DCGAN =
            GanSettings.of(GanArchitecture.dcgan().withFilters(4).withCodeSize(8)).withBatchSize(16);
    private static final GanSettings TINY_VAE_GAN =
            GanSettings.of(GanArchitecture.vaeGan().withFilters(4).withCodeSize(8)).withBatchSize(16);
    private static final Duration FINISH = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    @Test
    void aDcganTrainsWithItsGridAndBothLossesAndReopensDecodingTheSameCodes() throws Exception {
        TrainingSet data = TinyData.fashion(64, 8);
        Path weights = folder.resolve("gan.safetensors");
        try (ComputeRuntime runtime = new ComputeRuntime()) {
            GanJob job = GanJob.training(data);
            JobHandle<GanSettings> handle = runtime.submit("gan", job, TINY_DCGAN, RunOptions.defaults().withSeed(4)
                    .withMaxSteps(10).withMetricsInterval(5));
            handle.start();
            assertThat(handle.awaitFinish(FINISH).phase()).isEqualTo(Phase.COMPLETED);
            Frame frame = handle.latestFrame().orElseThrow();
            float[][] codes = priorCodes(8);
            List<ArgbImage> before = handle.call(() -> job.explorer().decode(codes)).get(30, TimeUnit.SECONDS);
            List<ArgbImage> walk = handle.call(() -> job.explorer().walk(codes[0], codes[1], 5, Interpolation.SLERP))
                    .get(30, TimeUnit.SECONDS);
            handle.call(() -> job.save(weights)).get(30, TimeUnit.SECONDS);

            GanJob reopened = GanJob.fromSavedModel(data, weights);
            GanSettings saved = GanFiles.readInfo(weights).settings();
            JobHandle<GanSettings> second = runtime.submit("reopened", reopened, saved, RunOptions.defaults().withSeed(99));
            second.startPaused();
            List<ArgbImage> after = second.call(() -> reopened.explorer().decode(codes)).get(30, TimeUnit.SECONDS);
            ArgbImage gridAgain = second.call(() -> reopened.render(saved)).get(30, TimeUnit.SECONDS);

            assertThat(frame.image().width()).as("the 8 x 8 grid").isEqualTo(8 * 29 + 1);
            assertThat(frame.metrics()).containsKeys(GanStep.DISCRIMINATOR, GanStep.GENERATOR, GanStep.ACCURACY);
            assertThat(walk.get(0).pixels()).isEqualTo(before.get(0).pixels());
            assertThat(walk.get(4).pixels()).isEqualTo(before.get(1).pixels());
            assertThat(saved).isEqualTo(TINY_DCGAN);
            assertThat(second.steps()).isZero();
            for (int i = 0; i < codes.length; i++) {
                assertThat(after.get(i).pixels()).as("sample %d", i).isEqualTo(before.get(i).pixels());
            }
            assertThat(gridAgain.pixels()).as("the same fixed grid, though the seed differs").isEqualTo(frame.image().pixels());
        }
    }

    @Test
    void aVaeGanShowsOriginalsReconstructionsAndSamplesAndEncodesTestImages() throws Exception {
        TrainingSet data = TinyData.fashion(64, 12);
        try (ComputeRuntime runtime = new ComputeRuntime()) {
            GanJob job = GanJob.training(data);
            JobHandle<GanSettings> handle = runtime.submit("vae-gan", job, TINY_VAE_GAN,
                    RunOptions.defaults().withSeed(5).withMaxSteps(6).withMetricsInterval(3));
            handle.start();
            assertThat(handle.awaitFinish(FINISH).phase()).isEqualTo(Phase.COMPLETED);
            Frame frame = handle.latestFrame().orElseThrow();
            float[][] encoded = handle.call(() -> job.explorer().encode(data.testPixels(0, 3))).get(30, TimeUnit.SECONDS);
            boolean encodes = handle.call(() -> job.explorer().canEncode()).get(30, TimeUnit.SECONDS);

            assertThat(frame.image().width()).as("8 columns").isEqualTo(8 * 29 + 1);
            assertThat(frame.image().height()).as("originals, reconstructions, 2 rows of samples").isEqualTo(4 * 29 + 1);
            assertThat(frame.metrics()).containsKeys(GanStep.RECONSTRUCTION, GanStep.KL);
            assertThat(encodes).isTrue();
            assertThat(encoded).hasNumberOfRows(3);
            assertThat(encoded[0]).hasSize(8);
        }
    }

    @Test
    void aNewArchitectureRestartsButRatesBalancingAndGammaActLive() {
        GanJob job = GanJob.training(TinyData.fashion(8, 2));
        GanSettings live = TINY_DCGAN.withRates(1e-3f, 5e-5f).withBatchSize(8).withLabelSmoothing(0.1f)
                .withBalancing(false, 0.3f).withGamma(2f);

        assertThat(job.restartReason(TINY_DCGAN, live)).isEmpty();
        assertThat(job.restartReason(TINY_DCGAN, TINY_VAE_GAN)).contains("the networks changed");
    }

    /** Seeded codes from the prior. */
    private static float[][] priorCodes(int count) {
        Random random = new Random(17);
        float[][] codes = new float[count][8];
        for (float[] code : codes) {
            for (int i = 0; i < code.length; i++) {
                code[i] = (float) random.nextGaussian();
            }
        }
        return codes;
    }
}
