package org.deepcanvas.lab.autoencode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.deepcanvas.image.ArgbImage;
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
        AutoencodeData data = TinyData.fashion(100, 6);
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
            before = new LatentExplorer(trainer.network(), manager).encode(data.test());
        }

        AutoencoderFiles.ModelInfo info = AutoencoderFiles.readInfo(weights);
        try (NDManager manager = NDManager.newBaseManager()) {
            AutoencoderNetwork loaded = AutoencoderFiles.load(weights, manager);
            LatentExplorer explorer = new LatentExplorer(loaded, manager);

            assertThat(info.settings()).isEqualTo(settings);
            assertThat(info.imageShape()).isEqualTo(data.shape());
            assertThat(explorer.encode(data.test())).isDeepEqualTo(before);
            List<ArgbImage> decoded = explorer.decode(before);
            assertThat(decoded).hasSize(6);
        }
        assertThat(Files.list(folder).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("shoes.safetensors", "shoes.model.json");
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
