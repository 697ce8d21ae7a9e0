package org.deepcanvas.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.types.Shape;
import java.util.Map;
import org.deepcanvas.nn.arch.Vgg;
import org.deepcanvas.nn.embedded.FashionClassifier;
import org.deepcanvas.nn.embedded.RandomTextureNet;
import org.junit.jupiter.api.Test;

class ArchitectureShapesTest {
    @Test
    void vgg16HasTheClassicLayerNamesAndShapes() {
        Map<String, Shape> shapes = Vgg.vgg16().layerShapes(224, 224);
        assertThat(shapes).hasSize(13 * 2 + 5 + 5);
        assertThat(shapes.get("conv1_1")).isEqualTo(new Shape(1, 64, 224, 224));
        assertThat(shapes.get("pool2")).isEqualTo(new Shape(1, 128, 56, 56));
        assertThat(shapes.get("relu3_3")).isEqualTo(new Shape(1, 256, 56, 56));
        assertThat(shapes.get("pool5")).isEqualTo(new Shape(1, 512, 7, 7));
        assertThat(shapes.get("fc8")).isEqualTo(new Shape(1, 1000, 1, 1));
        assertThat(shapes).doesNotContainKey("conv3_4");
        assertThat(Vgg.vgg16().labels()).hasSize(1000).startsWith("tench", "goldfish").endsWith("toilet tissue");
        assertThat(Vgg.vgg16().labels().get(281)).isEqualTo("tabby");
    }

    @Test
    void vgg19HasFourConvolutionsInItsDeeperBlocks() {
        Map<String, Shape> shapes = Vgg.vgg19().layerShapes(256, 320);
        assertThat(shapes).hasSize(16 * 2 + 5 + 5);
        assertThat(shapes.get("conv4_4")).isEqualTo(new Shape(1, 512, 32, 40));
        assertThat(shapes.get("pool5")).isEqualTo(new Shape(1, 512, 8, 10));
        assertThat(shapes.get("fc6")).isEqualTo(new Shape(1, 4096, 2, 4));
    }

    @Test
    void vggWeightNamesFollowTorchvisionAndTimm() {
        var params = Vgg.vgg19().layers().stream().flatMap(l -> l.params().stream()).toList();
        assertThat(params.get(0).name()).isEqualTo("features.0.weight");
        assertThat(params).extracting(p -> p.name())
                .contains("features.34.weight", "pre_logits.fc1.weight", "head.fc.bias");
        assertThat(params).filteredOn(p -> p.name().equals("pre_logits.fc1.weight"))
                .singleElement().satisfies(p -> assertThat(p.aliases()).containsExactly("classifier.0.weight"));
    }

    @Test
    void tooSmallAnInputIsExplained() {
        assertThatThrownBy(() -> Vgg.vgg16().layerShapes(64, 64))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("64x64 is too small").hasMessageContaining("fc6");
    }

    @Test
    void embeddedNetworksHaveShapesToo() {
        assertThat(FashionClassifier.architecture().layerShapes(28, 28).get("fc2"))
                .isEqualTo(new Shape(1, 10));
        Map<String, Shape> texture = RandomTextureNet.architecture().layerShapes(64, 64);
        assertThat(texture.get("relu1")).isEqualTo(new Shape(1, 128, 64, 64));
        assertThat(texture.get("relu2")).isEqualTo(new Shape(1, 64, 32, 32));
    }
}
