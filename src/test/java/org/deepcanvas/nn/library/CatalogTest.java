package org.deepcanvas.nn.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.deepcanvas.nn.library.TestFileServer.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {
    @TempDir
    Path dir;

    @Test
    void theBundledCatalogueOffersTimmVggWeights() throws IOException {
        Catalog catalog = Catalog.parse(Catalog.class.getResourceAsStream("/org/deepcanvas/nn/library/catalog.json"),
                "bundled");
        CatalogEntry vgg19 = catalog.find("vgg19").orElseThrow();
        assertThat(vgg19.url()).isEqualTo("https://huggingface.co/timm/vgg19.tv_in1k/resolve/main/model.safetensors");
        assertThat(vgg19.sha256()).isEmpty();
        assertThat(vgg19.architecture().contentLayer()).isEqualTo("conv4_2");
        assertThat(vgg19.architecture().preprocessing().inputSize()).isEqualTo(224);
        assertThat(vgg19.approximateSize()).isEqualTo(4L * 143_667_240);
        assertThat(catalog.find("vgg16")).isPresent();
    }

    @Test
    void aCatalogueCanComeFromAFileOrAUrl() throws Exception {
        String json = "{\"models\": [{\"id\": \"mirror-vgg16\", \"name\": \"VGG-16 mirror\", \"arch\": \"vgg16\","
                + " \"url\": \"https://example.invalid/vgg16.safetensors\", \"license\": \"BSD-3-Clause\"}]}";
        Path file = Files.writeString(dir.resolve("catalog.json"), json);
        assertThat(Catalog.load(file.toString()).find("mirror-vgg16")).isPresent();
        try (TestFileServer server = new TestFileServer()
                .serve("/catalog.json", json.getBytes(StandardCharsets.UTF_8), Mode.NORMAL)) {
            Catalog remote = Catalog.load(server.url("/catalog.json").toString());
            assertThat(remote.models()).extracting(CatalogEntry::id).containsExactly("mirror-vgg16");
            assertThat(remote.models().get(0).architecture().styleLayers()).contains("relu1_1");
        }
    }

    @Test
    void brokenCataloguesSayWhatIsWrong() throws IOException {
        assertThatThrownBy(() -> Catalog.load(Files.writeString(dir.resolve("a.json"), "{not json").toString()))
                .hasMessageContaining("is not a valid catalogue");
        assertThatThrownBy(() -> Catalog.load(Files.writeString(dir.resolve("b.json"),
                "{\"models\": [{\"id\": \"x\", \"arch\": \"resnet50\", \"url\": \"https://h/x\"}]}").toString()))
                .hasMessageContaining("unknown arch \"resnet50\"");
        assertThatThrownBy(() -> Catalog.load(Files.writeString(dir.resolve("c.json"),
                "{\"models\": [{\"id\": \"x\", \"arch\": \"vgg16\", \"url\": \"https://h/x\"},"
                        + " {\"id\": \"x\", \"arch\": \"vgg19\", \"url\": \"https://h/y\"}]}").toString()))
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> Catalog.load(Files.writeString(dir.resolve("d.json"),
                "{\"models\": [{\"id\": \"../evil\", \"arch\": \"vgg16\", \"url\": \"https://h/x\"}]}").toString()))
                .hasMessageContaining("must be lower-case");
    }
}
