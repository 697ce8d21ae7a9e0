package org.deepcanvas.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.deepcanvas.nn.embedded.FashionClassifier;
import org.deepcanvas.nn.layers.ConvLayer;
import org.deepcanvas.nn.layers.ReluLayer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightLoadingTest {
    @TempDir
    Path dir;
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
    void aSafetensorsFileRoundTripsIntoTheSameNetwork() throws IOException {
        Path file = dir.resolve("fashion.safetensors");
        NDArray image = manager.randomUniform(0, 1, new Shape(2, 1, 28, 28));
        try (LayeredNet original = RandomWeights.create(FashionClassifier.architecture(), manager, new Random(9), false)) {
            WeightFile.writeSafetensors(original.weights(), file);
            try (LayeredNet loaded = WeightBinder.bind(FashionClassifier.architecture(), WeightFile.read(manager, file), manager)) {
                assertThat(loaded.logits(image).contentEquals(original.logits(image))).isTrue();
                assertThat(loaded.hasClassifier()).isTrue();
            }
        }
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void npzFilesLoadToo() throws IOException {
        Map<String, NDArray> weights = randomWeights(FashionClassifier.architecture());
        Path file = dir.resolve("fashion.npz");
        write(weights, file, NDList.Encoding.NPZ);
        try (LayeredNet loaded = WeightBinder.bind(FashionClassifier.architecture(), WeightFile.read(manager, file), manager)) {
            assertThat(loaded.weights().get("features.3.weight").contentEquals(weights.get("features.3.weight"))).isTrue();
        }
    }

    @Test
    void aWrongShapeNamesTheWeightAndBothShapes() {
        Map<String, NDArray> weights = randomWeights(FashionClassifier.architecture());
        weights.put("features.0.weight", manager.zeros(new Shape(16, 1, 5, 5)));
        assertThatThrownBy(() -> WeightBinder.bind(FashionClassifier.architecture(), weights, manager))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("features.0.weight has shape (16, 1, 5, 5) but layer conv1 needs (16, 1, 3, 3)");
    }

    @Test
    void missingWeightsAreListed() {
        Map<String, NDArray> weights = randomWeights(FashionClassifier.architecture());
        weights.remove("features.3.bias");
        assertThatThrownBy(() -> WeightBinder.bind(FashionClassifier.architecture(), weights, manager))
                .hasMessageContaining("missing features.3.bias (layer conv2)");
    }

    @Test
    void aFileWithoutClassifierWeightsGivesAFeaturesOnlyNetwork() {
        Map<String, NDArray> weights = randomWeights(FashionClassifier.architecture());
        weights.keySet().removeIf(name -> name.startsWith("classifier."));
        try (LayeredNet net = WeightBinder.bind(FashionClassifier.architecture(), weights, manager)) {
            assertThat(net.hasClassifier()).isFalse();
            assertThat(net.layerNames()).endsWith("pool2");
            assertThatThrownBy(() -> net.logits(manager.zeros(new Shape(1, 1, 28, 28))))
                    .hasMessageContaining("has no classifier");
        }
    }

    @Test
    void aLinearLayerStoredFlatLoadsIntoItsConvolutionalForm() {
        // torchvision's classifier.0 (4096 x 25088) is timm's pre_logits.fc1 (4096 x 512 x 7 x 7), in miniature
        Architecture head = new Architecture("head", "Head", Preprocessing.imageNet(), List.of(
                new ConvLayer("fc6", "pre_logits.fc1", "classifier.0", 3, 4, 2, 0), new ReluLayer("relu6")),
                2, List.of(), List.of(), List.of(), "relu6");
        NDArray flat = manager.randomNormal(new Shape(4, 3 * 2 * 2));
        NDArray bias = manager.randomNormal(new Shape(4));
        NDArray x = manager.randomNormal(new Shape(1, 3, 2, 2));
        try (LayeredNet net = WeightBinder.bind(head, Map.of("classifier.0.weight", flat, "classifier.0.bias", bias), manager)) {
            NDArray conv = net.forward(x, List.of("fc6")).get("fc6").reshape(4);
            NDArray linear = flat.matMul(x.reshape(12)).add(bias);
            assertThat(conv.sub(linear).abs().max().getFloat()).isLessThan(1e-5f);
            assertThat(net.hasClassifier()).isFalse();
        }
    }

    @Test
    void aConvolutionalHeadAveragesItsScoreMapIntoLogits() {
        Architecture head = new Architecture("head", "Head", Preprocessing.imageNet(), List.of(
                new ConvLayer("fc", "head.fc", null, 3, 5, 1, 0)), 0, List.of("a", "b", "c", "d", "e"),
                List.of(), List.of(), "fc");
        NDArray x = manager.randomNormal(new Shape(2, 3, 4, 6));
        Map<String, NDArray> weights = Map.of("head.fc.weight", manager.randomNormal(new Shape(5, 3)),
                "head.fc.bias", manager.randomNormal(new Shape(5)));
        try (LayeredNet net = WeightBinder.bind(head, weights, manager)) {
            NDArray logits = net.logits(x);
            assertThat(logits.getShape()).isEqualTo(new Shape(2, 5));
            NDArray expected = net.forward(x, List.of("fc")).get("fc").mean(new int[] {3}).mean(new int[] {2});
            assertThat(logits.sub(expected).abs().max().getFloat()).isLessThan(1e-5f);
        }
    }

    @Test
    void pickleFilesAreRefusedWithAReason() throws IOException {
        Path file = Files.write(dir.resolve("vgg19.pth"), new byte[] {(byte) 0x80, 2});
        assertThatThrownBy(() -> WeightFile.read(manager, file))
                .isInstanceOf(IOException.class).hasMessageContaining("pickle").hasMessageContaining(".safetensors");
    }

    @Test
    void aCorruptFileIsReportedNotCrashed() throws IOException {
        Path file = Files.write(dir.resolve("broken.safetensors"), new byte[] {1, 2, 3});
        assertThatThrownBy(() -> WeightFile.read(manager, file)).isInstanceOf(IOException.class)
                .hasMessageContaining("broken.safetensors");
    }

    @Test
    void weightsHoldingNaNOrInfinityAreRefusedWithTheTensorNamed() throws IOException {
        Map<String, NDArray> weights = randomWeights(FashionClassifier.architecture());
        weights.get("features.3.weight").set(new NDIndex("0, 0, 0, 0"), Float.NaN);
        weights.get("classifier.2.bias").set(new NDIndex("1"), Float.POSITIVE_INFINITY);
        Path file = dir.resolve("diverged.safetensors");
        write(weights, file, NDList.Encoding.SAFETENSORS);
        assertThatThrownBy(() -> WeightFile.read(manager, file)).isInstanceOf(IOException.class)
                .hasMessageContaining("diverged.safetensors: tensor ").hasMessageContaining("1 NaN or infinite value")
                .hasMessageContaining("refused");
        Path npz = dir.resolve("diverged.npz");
        write(weights, npz, NDList.Encoding.NPZ);
        assertThatThrownBy(() -> WeightFile.read(manager, npz)).hasMessageContaining("NaN");
    }

    @Test
    void bfloat16WeightsAreWidenedToTheSameFloats() throws IOException {
        float[] values = {1.5f, -0.03125f, 3.0e38f, 0f};
        ByteBuffer halves = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : values) {
            halves.putShort((short) (Float.floatToIntBits(value) >>> 16));
        }
        String json = "{\"w\":{\"dtype\":\"BF16\",\"shape\":[2,2],\"data_offsets\":[0,8]}}";
        ByteBuffer file = ByteBuffer.allocate(8 + json.length() + 8).order(ByteOrder.LITTLE_ENDIAN);
        file.putLong(json.length()).put(json.getBytes(StandardCharsets.UTF_8)).put(halves.array());
        NDArray w = WeightFile.read(manager, Files.write(dir.resolve("half.safetensors"), file.array())).get("w");
        assertThat(w.getShape()).isEqualTo(new Shape(2, 2));
        float[] read = w.toFloatArray();
        for (int i = 0; i < values.length; i++) {
            assertThat(read[i]).isEqualTo(Float.intBitsToFloat(Float.floatToIntBits(values[i]) & 0xffff0000));
        }
    }

    @Test
    void anNpzArrayClaimingMoreThanItsArchiveCanHoldIsRefused() throws IOException {
        byte[] header = "{'descr': '<f4', 'fortran_order': False, 'shape': (100000, 100000), }\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("features.0.weight.npy"));
            zip.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) header.length, 0});
            zip.write(header);
            zip.write(new byte[64]);
        }
        Path file = Files.write(dir.resolve("huge.npz"), bytes.toByteArray());
        assertThatThrownBy(() -> WeightFile.read(manager, file)).isInstanceOf(IOException.class)
                .hasMessageContaining("huge.npz: features.0.weight.npy claims 40000000000 bytes");
    }

    private Map<String, NDArray> randomWeights(Architecture architecture) {
        Map<String, NDArray> weights = new LinkedHashMap<>();
        architecture.layers().forEach(layer -> layer.params().forEach(
                spec -> weights.put(spec.name(), manager.randomNormal(spec.shape()))));
        return weights;
    }

    private static void write(Map<String, NDArray> weights, Path file, NDList.Encoding encoding) throws IOException {
        NDList list = new NDList();
        weights.forEach((name, array) -> {
            array.setName(name);
            list.add(array);
        });
        try (OutputStream out = Files.newOutputStream(file)) {
            list.encode(out, encoding);
        }
    }
}
