package org.deepcanvas.lab.autoencode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved autoencoder's files edited by hand or by an attacker: refused with the file, field and value named. */
class HostileSettingsFileTest {
    @TempDir
    Path folder;
    private Path weights;
    private String good;

    @BeforeEach
    void copyTheFirstFormatsModel() throws IOException {
        for (String name : new String[] {"conv-vae-v1.safetensors", "conv-vae-v1.model.json"}) {
            try (InputStream in = getClass().getResourceAsStream("/fixtures/autoencoder/" + name)) {
                Files.copy(in, folder.resolve(name));
            }
        }
        weights = folder.resolve("conv-vae-v1.safetensors");
        good = Files.readString(folder.resolve("conv-vae-v1.model.json"));
    }

    @Test
    void aHugeImageShapeIsRefusedBeforeTheNetworkIsBuilt() throws IOException {
        settings(good.replace("\"height\": 32", "\"height\": 100000").replace("\"width\": 32", "\"width\": 100000"));
        try (NDManager manager = NDManager.newBaseManager()) {
            assertThatThrownBy(() -> AutoencoderFiles.load(weights, manager)).isInstanceOf(IOException.class)
                    .hasMessage("conv-vae-v1.model.json is damaged: imageShape 100000x100000 is outside the 28..64 px a"
                            + " side that autoencoders train on");
        }
    }

    @Test
    void aBadValueIsNamedWithTheFieldItSitsIn() throws IOException {
        assertRefused(good.replace("\"layers\": [\n        4,", "\"layers\": [\n        0,"),
                "conv-vae-v1.model.json is damaged: settings.architecture: layers must be 1..8 sizes of 1..4096, got [0, 8]");
        assertRefused(good.replace("\"layers\": [\n        4,\n        8\n      ]", "\"layers\": null"),
                "settings.architecture: layers must be 1..8 sizes of 1..4096, got null");
        assertRefused(good.replace("\"layers\": [\n        4,", "\"layers\": [\n        4, 4, 4, 4, 4, 4, 4, 4,"),
                "layers must be 1..8 sizes of 1..4096, got [4, 4, 4, 4, 4, 4, 4, 4, 8]");
        assertRefused(good.replace("\"kernelSize\": 4", "\"kernelSize\": 40"),
                "settings.architecture: kernel size must be 2..7, got 40");
        assertRefused(good.replace("\"batchSize\": 100", "\"batchSize\": 0"), "settings: batch size must be 1..10000, got 0");
        assertRefused(good.replace("\"corruption\": \"NONE\"", "\"corruption\": \"LOUD\""),
                "settings: the corruption must be one of [NONE, MASKING, GAUSSIAN]");
        assertRefused(good.replace("\"grid\": 10", "\"grid\": 100000"), "settings.view: the manifold needs a grid of 1..100");
        assertRefused(good.replace("\"channels\": 3", "\"channels\": 2"), "imageShape: images must have 1 or 3 channels, got 2");
        assertRefused(good.replace("\"learningRate\": 0.001", "\"learningRate\": NaN"), "malformed JSON at line");
        assertRefused(good.replace("\"batchSize\": 100", "\"batchSize\": 1.5"),
                "Expected an int but was 1.5 at line 19 column 21 (field settings.batchSize)");
    }

    @Test
    void aSettingsFileTooLargeToBeOneIsNotRead() throws IOException {
        settings(good + " ".repeat(100_000));
        assertThatThrownBy(() -> AutoencoderFiles.readInfo(weights)).hasMessageContaining("not a DeepCanvas autoencoder"
                + " settings file (those are under 1 kB)");
    }

    @Test
    void weightsThatTurnedToNaNAreRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(weights);
        ByteBuffer file = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        file.putFloat((int) (8 + file.getLong(0)), Float.NaN);
        Files.write(weights, bytes);
        try (NDManager manager = NDManager.newBaseManager()) {
            assertThatThrownBy(() -> AutoencoderFiles.load(weights, manager)).isInstanceOf(IOException.class)
                    .hasMessageContaining("conv-vae-v1.safetensors: tensor").hasMessageContaining("1 NaN or infinite value");
        }
    }

    private void assertRefused(String json, String message) throws IOException {
        settings(json);
        assertThatThrownBy(() -> AutoencoderFiles.readInfo(weights)).isInstanceOf(IOException.class)
                .hasMessageContaining(message).message().doesNotContain("Failed to invoke", "\n", "Exception");
    }

    private void settings(String json) throws IOException {
        Files.writeString(folder.resolve("conv-vae-v1.model.json"), json);
    }
}
