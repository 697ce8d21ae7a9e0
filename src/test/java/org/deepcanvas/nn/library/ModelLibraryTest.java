package org.deepcanvas.nn.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.deepcanvas.nn.FeatureNet;
import org.deepcanvas.nn.embedded.FashionClassifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLibraryTest {
    @TempDir
    Path dir;

    @Test
    void anImportedFileOpensAsTheSameNetworkAndCanBeRemoved() throws IOException {
        ModelLibrary library = library();
        Path file = dir.resolve("mine.safetensors");
        try (InputStream in = FashionClassifier.class.getResourceAsStream(FashionClassifier.RESOURCE)) {
            Files.copy(in, file);
        }
        library.importFile(file, "fashion-cnn", "mine", false);
        assertThat(library.list()).filteredOn(l -> l.id().equals("mine")).singleElement()
                .satisfies(l -> assertThat(l.status()).isEqualTo(ModelLibrary.Status.INSTALLED));
        try (NDManager manager = NDManager.newBaseManager();
                FeatureNet mine = library.open("mine", manager);
                FeatureNet embedded = library.open(ModelLibrary.FASHION, manager)) {
            NDArray image = manager.randomUniform(0, 1, new ai.djl.ndarray.types.Shape(2, 1, 28, 28));
            assertThat(mine.logits(image).contentEquals(embedded.logits(image))).isTrue();
        }
        assertThat(library.remove("mine")).isEqualTo(ModelStore.Removal.REMOVED);
        assertThat(library.list()).extracting(ModelLibrary.Listing::id).doesNotContain("mine");
    }

    @Test
    void catalogueNetworksMustBeInstalledBeforeUse() throws IOException {
        ModelLibrary library = library();
        try (NDManager manager = NDManager.newBaseManager()) {
            assertThatThrownBy(() -> library.open("vgg19", manager))
                    .hasMessageContaining("not installed yet").hasMessageContaining("574.7 MB");
            assertThatThrownBy(() -> library.open("alexnet", manager)).hasMessageContaining("no model \"alexnet\"");
        }
        assertThat(library.inputSize("vgg19")).isEqualTo(224);
        assertThat(library.layers("vgg19", 224)).hasSize(16 * 2 + 5 + 5);
        assertThatThrownBy(() -> library.remove(ModelLibrary.RANDOM_TEXTURE)).hasMessageContaining("embedded");
    }

    @Test
    void idsMadeFromFileNamesAreSafeFolderNames() {
        assertThat(ModelLibrary.idFor(Path.of("/x/My VGG (1).safetensors"))).isEqualTo("My-VGG--1-");
        assertThat(ModelLibrary.idFor(Path.of("../../etc.npz"))).isEqualTo("etc");
    }

    private ModelLibrary library() throws IOException {
        return new ModelLibrary(Catalog.load(null), new ModelStore(dir.resolve("models")));
    }
}
