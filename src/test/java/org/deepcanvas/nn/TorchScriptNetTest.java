package org.deepcanvas.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module comes from tiny-features.py beside it; the expected sums were printed by PyTorch. */
class TorchScriptNetTest {
    @TempDir
    Path dir;

    @Test
    void namedOutputsMatchPyTorchAndPassGradientsToTheImage() throws IOException {
        try (NDManager manager = NDManager.newBaseManager(); TorchScriptNet net = TorchScriptNet.open(module(), manager)) {
            assertThat(net.layerNames()).containsExactly("relu1", "relu2");
            assertThat(net.hasClassifier()).isFalse();
            NDArray image = manager.linspace(0f, 1f, 3 * 8 * 8).reshape(1, 3, 8, 8);
            image.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                Map<String, NDArray> taps = net.forward(image, List.of("relu2", "relu1"));
                assertThat(taps.keySet()).containsExactly("relu1", "relu2");
                assertThat(taps.get("relu1").sum().getFloat()).isCloseTo(28.8136f, offset(1e-3f));
                assertThat(taps.get("relu2").sum().getFloat()).isCloseTo(0.58180f, offset(1e-4f));
                collector.backward(taps.get("relu1").sum());
            }
            assertThat(image.getGradient().abs().sum().getFloat()).isGreaterThan(0f);
            assertThat(net.layerShapes(16, 16).get("relu2")).isEqualTo(new Shape(1, 2, 8, 8));
        }
    }

    @Test
    void onlyTorchScriptFilesAreOpened() throws IOException {
        Path notModule = Files.write(dir.resolve("weights.safetensors"), new byte[8]);
        Path broken = Files.write(dir.resolve("broken.pt"), new byte[] {1, 2, 3});
        try (NDManager manager = NDManager.newBaseManager()) {
            assertThatThrownBy(() -> TorchScriptNet.open(notModule, manager)).hasMessageContaining("must be a .pt file");
            assertThatThrownBy(() -> TorchScriptNet.open(broken, manager))
                    .isInstanceOf(IOException.class).hasMessageContaining("could not be opened as TorchScript");
        }
    }

    private Path module() throws IOException {
        Path file = dir.resolve("tiny-features.pt");
        try (InputStream in = getClass().getResourceAsStream("tiny-features.pt")) {
            Files.copy(in, file);
        }
        return file;
    }
}
