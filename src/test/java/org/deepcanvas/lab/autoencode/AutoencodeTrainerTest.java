package org.deepcanvas.lab.autoencode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.util.Random;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.trainingset.TinyData;
import org.deepcanvas.lab.trainingset.TrainingSet;
import org.deepcanvas.nn.autoencode.AutoencoderArchitecture;
import org.deepcanvas.nn.autoencode.AutoencoderLoss;
import org.deepcanvas.nn.autoencode.Corruption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AutoencodeTrainerTest {
    private NDManager manager;

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager();
        Engine.getInstance().setRandomSeed(11);
    }

    @AfterEach
    void close() {
        manager.close();
    }

    /** Mean reconstruction loss of the first and of the last five of {@code steps} steps. */
    private double[] firstAndLastLosses(AutoencodeSettings settings, int steps) {
        TrainingSet data = TinyData.fashion(500, 10);
        double first = 0;
        double last = 0;
        try (AutoencodeTrainer trainer = new AutoencodeTrainer(data, settings, manager, new Random(3))) {
            for (int i = 0; i < steps; i++) {
                try (NDScope ignored = new NDScope()) {
                    double loss = trainer.step(settings).readReconstruction();
                    first += i < 5 ? loss / 5 : 0;
                    last += i >= steps - 5 ? loss / 5 : 0;
                }
            }
            assertThat(trainer.epochsDone()).isEqualTo(steps * settings.batchSize() / 500);
        }
        return new double[] {first, last};
    }

    @Test
    void convolutionalAutoencoderHalvesItsLossInSixtySteps() {
        double[] losses = firstAndLastLosses(
                AutoencodeSettings.of(AutoencoderArchitecture.convolutional()).withBatchSize(50), 60);

        assertThat(losses[1]).isLessThan(losses[0] / 2);
    }

    @Test
    void denoisingVariationalAutoencoderStillLearns() {
        AutoencodeSettings settings = AutoencodeSettings.of(AutoencoderArchitecture.fullyConnected()
                        .withLayers(java.util.List.of(128, 64)).withVariational(true))
                .withNoise(Corruption.MASKING, 0.5f)
                .withBatchSize(50);

        double[] losses = firstAndLastLosses(settings, 60);

        assertThat(losses[1]).isLessThan(losses[0] / 2);
    }

    @Test
    void theLossComparesTheReconstructionWithTheCleanImage() {
        TrainingSet oneImage = TinyData.fashion(1, 1);
        // masking every pixel turns the input black, so only the target can be the clean image
        AutoencodeSettings settings = AutoencodeSettings.of(AutoencoderArchitecture.fullyConnected())
                .withNoise(Corruption.MASKING, 1f);
        try (AutoencodeTrainer trainer = new AutoencodeTrainer(oneImage, settings, manager, new Random(1));
                NDScope ignored = new NDScope()) {
            NDArray clean = manager.create(oneImage.train(), oneImage.shape().batch(1));
            NDArray fromBlack = trainer.network().decode(trainer.network().encode(clean.zerosLike(), false).mean(), false);
            float againstClean = AutoencoderLoss.reconstruction(fromBlack, clean).getFloat();
            float againstInput = AutoencoderLoss.reconstruction(fromBlack, clean.zerosLike()).getFloat();

            double stepLoss = trainer.step(settings).readReconstruction();

            assertThat(stepLoss).isCloseTo(againstClean, within(1e-3));
            assertThat(Math.abs(stepLoss - againstInput)).isGreaterThan(1.0);
        }
    }

    @Test
    void previewShowsCleanCorruptedAndReconstructedRows() {
        AutoencodeSettings plain = AutoencodeSettings.of(AutoencoderArchitecture.convolutional()).withPreviewCount(4);
        AutoencodeSettings denoising = plain.withNoise(Corruption.GAUSSIAN, 0.3f);
        try (AutoencodeTrainer trainer = new AutoencodeTrainer(TinyData.fashion(20, 8), plain, manager, new Random(1))) {
            ArgbImage twoRows = trainer.renderPreview(plain);
            ArgbImage threeRows = trainer.renderPreview(denoising);

            assertThat(twoRows.width()).isEqualTo(4 * 29 + 1);
            assertThat(twoRows.height()).isEqualTo(2 * 29 + 1);
            assertThat(threeRows.height()).isEqualTo(3 * 29 + 1);
        }
    }
}
