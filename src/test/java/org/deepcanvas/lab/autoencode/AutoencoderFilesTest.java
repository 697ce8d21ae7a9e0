package org.deepcanvas.lab.autoencode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.latent.LatentExplorer;
import org.deepcanvas.lab.trainingset.TinyData;
import org.deepcanvas.lab.trainingset.TrainingSet;
import org.deepcanvas.nn.ImageShape;
import org.deepcanvas.nn.autoencode.AutoencoderArchitecture;
import org.deepcanvas.nn.autoencode.AutoencoderNetwork;
import org.deepcanvas.nn.autoencode.Corruption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoencoderFilesTest {
    @TempDir
    Path folder;

    @Test
    void aSavedModelReconstructsExactlyAsBefore() throws IOException {
        TrainingSet data = TinyData.fashion(100, 6);
        AutoencodeSettings settings = AutoencodeSettings.of(
                        AutoencoderArchitecture.convolutional().withVariational(true).withCodeSize(3))
                .withNoise(Corruption.GAUSSIAN, 0.2f)
                .withBatchSize(20);
        Path weights = folder.resolve("shoes.safetensors");
        Engine.getInstance().setRandomSeed(4);
        float[][] before;
        try (NDManager manager = NDManager.newBaseManager();
                AutoencodeTrainer trainer = new AutoencodeTrainer(data, settings, manager, new Random(4))) {
            for (int i = 0; i < 5; i++) {
                try (NDScope ignored = new NDScope()) {
                    trainer.step(settings);
                }
            }
            AutoencoderFiles.save(weights, trainer.network(), settings);
            before = AutoencoderLatents.explorer(trainer.network(), manager).encode(data.test());
        }

        AutoencoderFiles.ModelInfo info = AutoencoderFiles.readInfo(weights);
        try (NDManager manager = NDManager.newBaseManager()) {
            AutoencoderNetwork loaded = AutoencoderFiles.load(weights, manager);
            LatentExplorer explorer = AutoencoderLatents.explorer(loaded, manager);

            assertThat(info.settings()).isEqualTo(settings);
            assertThat(info.imageShape()).isEqualTo(data.shape());
            assertThat(explorer.encode(data.test())).isDeepEqualTo(before);
            List<ArgbImage> decoded = explorer.decode(before);
            assertThat(decoded).hasSize(6);
        }
        assertThat(Files.list(folder).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("shoes.safetensors", "shoes.model.json");
    }

    /**
     * A colour conv VAE saved by the first release (before its blocks became the shared
     * nn.blocks encoder and decoder) loads, and decodes a code to the image it decoded then.
     */
    @Test
    void aModelSavedByTheFirstFormatStillLoadsAndDecodesAsItDid() throws Exception {
        for (String name : List.of("conv-vae-v1.safetensors", "conv-vae-v1.model.json", "conv-vae-v1-decoded.png")) {
            try (InputStream in = getClass().getResourceAsStream("/fixtures/autoencoder/" + name)) {
                Files.copy(in, folder.resolve(name));
            }
        }
        BufferedImage expected = ImageIO.read(folder.resolve("conv-vae-v1-decoded.png").toFile());
        try (NDManager manager = NDManager.newBaseManager()) {
            AutoencoderNetwork loaded = AutoencoderFiles.load(folder.resolve("conv-vae-v1.safetensors"), manager);
            ArgbImage decoded = AutoencoderLatents.explorer(loaded, manager).decode(new float[][] {{0.5f, -1f, 2f}}).get(0);

            assertThat(loaded.imageShape()).isEqualTo(new ImageShape(3, 32, 32));
            int worst = 0;
            for (int y = 0; y < 32; y++) {
                for (int x = 0; x < 32; x++) {
                    int a = decoded.argb(x, y);
                    int b = expected.getRGB(x, y);
                    for (int shift = 0; shift <= 16; shift += 8) {
                        worst = Math.max(worst, Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)));
                    }
                }
            }
            assertThat(worst).as("largest channel difference from the first release's image").isLessThanOrEqualTo(1);
        }
    }

    @Test
    void aMissingOrForeignSettingsFileIsExplained() throws IOException {
        Path weights = folder.resolve("model.safetensors");
        Files.write(weights, new byte[] {1, 2, 3});

        assertThatThrownBy(() -> AutoencoderFiles.readInfo(weights)).hasMessageContaining("model.model.json")
                .hasMessageContaining("missing");
        Files.writeString(folder.resolve("model.model.json"), "{\"format\": \"something else\"}");
        assertThatThrownBy(() -> AutoencoderFiles.readInfo(weights))
                .hasMessageContaining("not a DeepCanvas autoencoder settings file");
        Files.writeString(folder.resolve("model.model.json"), "{not json");
        assertThatThrownBy(() -> AutoencoderFiles.readInfo(weights)).hasMessageContaining("damaged");
    }
}
