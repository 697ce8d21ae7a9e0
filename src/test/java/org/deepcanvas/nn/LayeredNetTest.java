package org.deepcanvas.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.deepcanvas.nn.embedded.FashionClassifier;
import org.deepcanvas.nn.embedded.RandomTextureNet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LayeredNetTest {
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
    void forwardReturnsJustTheTappedLayersWithTheShapesAnnounced() {
        try (LayeredNet net = RandomTextureNet.create(manager, RandomTextureNet.DEFAULT_SEED)) {
            NDArray image = manager.randomUniform(0, 1, new Shape(2, 3, 24, 32));
            Map<String, NDArray> taps = net.forward(net.preprocessing().normalize(image), List.of("relu2", "relu1"));
            assertThat(taps.keySet()).containsExactly("relu1", "relu2");
            assertThat(net.layerShapes(24, 32).get("relu1")).isEqualTo(new Shape(1, 128, 24, 32));
            assertThat(taps.get("relu1").getShape()).isEqualTo(new Shape(2, 128, 24, 32));
            assertThat(taps.get("relu2").getShape()).isEqualTo(new Shape(2, 64, 12, 16));
            assertThat(taps.get("relu1").min().getFloat()).isGreaterThanOrEqualTo(0f);
        }
    }

    @Test
    void forwardStopsAfterTheDeepestTap() {
        try (LayeredNet net = RandomWeights.create(FashionClassifier.architecture(), manager, new Random(1), false)) {
            // 20 px is wrong for the classifier (fc1 wants 7x7 maps) but fine up to pool2
            NDArray image = manager.zeros(new Shape(1, 1, 20, 20));
            assertThat(net.forward(image, List.of("pool2")).get("pool2").getShape()).isEqualTo(new Shape(1, 32, 5, 5));
            assertThatThrownBy(() -> net.forward(image, List.of("fc1")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("fc1 expects 1568 input features but gets 800");
            assertThatThrownBy(() -> net.forward(manager.zeros(new Shape(1, 3, 28, 28)), List.of("conv1")))
                    .hasMessageContaining("conv1 expects 1 input channels");
        }
    }

    @Test
    void theImageAndEveryTapOutliveTheLayersTheNetworkFrees() {
        try (LayeredNet net = RandomWeights.create(FashionClassifier.architecture(), manager, new Random(1), false)) {
            NDArray image = manager.randomUniform(0, 1, new Shape(1, 1, 28, 28));
            NDArray again = image.duplicate();

            Map<String, NDArray> out = net.forward(image, List.of("conv1", "pool1", "relu2", "fc2"));
            Map<String, NDArray> once = net.forward(again, List.of("fc2"));

            assertThat(image.contentEquals(again)).isTrue();
            assertThat(out.values()).allSatisfy(tap -> assertThat(tap.isReleased()).isFalse());
            assertThat(out.get("conv1").getShape()).isEqualTo(new Shape(1, 16, 28, 28));
            assertThat(out.get("pool1").sum().getFloat()).isFinite();
            assertThat(out.get("fc2").contentEquals(once.get("fc2"))).as("freeing changes no value").isTrue();
        }
    }

    @Test
    void unknownLayerNamesListTheRealOnes() {
        try (LayeredNet net = RandomTextureNet.create(manager, 3)) {
            assertThatThrownBy(() -> net.forward(manager.zeros(new Shape(1, 3, 8, 8)), List.of("conv5_1")))
                    .hasMessageContaining("no layer \"conv5_1\"").hasMessageContaining("relu1, pool1");
        }
    }

    @Test
    void theSameSeedGivesTheSameTextureNetwork() {
        try (LayeredNet a = RandomTextureNet.create(manager, 42); LayeredNet b = RandomTextureNet.create(manager, 42);
                LayeredNet c = RandomTextureNet.create(manager, 43)) {
            NDArray wa = a.weights().get("conv1.k11.weight");
            assertThat(wa.contentEquals(b.weights().get("conv1.k11.weight"))).isTrue();
            assertThat(wa.contentEquals(c.weights().get("conv1.k11.weight"))).isFalse();
            assertThat(Math.abs(wa.get(0).mean().getFloat())).isLessThan(1e-6f);
        }
    }

    @Test
    void logitsAreOnePerClassWithLabels() {
        try (LayeredNet net = RandomWeights.create(FashionClassifier.architecture(), manager, new Random(2), false)) {
            NDArray logits = net.logits(manager.zeros(new Shape(3, 1, 28, 28)));
            assertThat(logits.getShape()).isEqualTo(new Shape(3, 10));
            assertThat(net.labels()).hasSize(10).contains("Sneaker", "Bag");
        }
    }

    @Test
    void greyNetworksTakeColourImagesAsLuma() {
        Preprocessing grey = new Preprocessing(1, 28, new float[] {0.5f}, new float[] {0.25f});
        NDArray red = manager.zeros(new Shape(1, 3, 2, 2)).concat(manager.zeros(new Shape(1, 0, 2, 2)), 1);
        red.set(new ai.djl.ndarray.index.NDIndex(":, 0"), 1f);
        NDArray x = grey.normalize(red);
        assertThat(x.getShape()).isEqualTo(new Shape(1, 1, 2, 2));
        assertThat(x.getFloat(0, 0, 0, 0)).isCloseTo((0.299f - 0.5f) / 0.25f, org.assertj.core.data.Offset.offset(1e-5f));
        NDArray back = Preprocessing.imageNet().denormalize(Preprocessing.imageNet().normalize(red));
        assertThat(back.sub(red).abs().max().getFloat()).isLessThan(1e-6f);
    }
}
