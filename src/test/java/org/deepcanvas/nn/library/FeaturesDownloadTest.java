package org.deepcanvas.nn.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.deepcanvas.nn.Architecture;
import org.deepcanvas.nn.LayeredNet;
import org.deepcanvas.nn.WeightBinder;
import org.deepcanvas.nn.WeightFile;
import org.deepcanvas.nn.embedded.FashionClassifier;
import org.deepcanvas.nn.library.TestFileServer.Mode;
import org.deepcanvas.nn.weights.SafetensorsHeader;
import org.deepcanvas.nn.weights.TensorEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Features-only installs by HTTP Range, on the Fashion-MNIST classifier's shapes (like VGG's, in miniature). */
@Timeout(30)
class FeaturesDownloadTest {
    private static final Architecture FASHION = FashionClassifier.architecture();
    /** Feature and classifier tensors interleaved, so that the features are three byte ranges, not one. */
    private static final List<String> INTERLEAVED = List.of("features.0.weight", "classifier.0.bias", "features.0.bias",
            "features.3.bias", "features.3.weight", "classifier.0.weight", "classifier.2.bias", "classifier.2.weight");
    private static final byte[] FULL = TestWeights.safetensors(FASHION, INTERLEAVED, new Random(8));

    @TempDir
    Path dir;
    private final Downloader downloader = new Downloader(Duration.ofSeconds(2), Duration.ofSeconds(3));

    @Test
    void aServerHonouringRangesSendsOnlyTheHeaderAndTheFeatureTensors() throws Exception {
        try (TestFileServer server = new TestFileServer().serve("/model.safetensors", FULL, Mode.NORMAL)) {
            ModelStore store = store();
            InstalledModel model = store.install(entry("mirror", server, "/model.safetensors"), Variant.FEATURES, false,
                    downloader, p -> { }, new Cancellation());

            assertThat(model.variant()).isEqualTo(Variant.FEATURES);
            long headerLength = SafetensorsHeader.read(writeFull(), "full").headerLength();
            assertThat(server.rangeHeaders).containsExactly("bytes=0-7", "bytes=8-" + (7 + headerLength),
                    range(headerLength, "features.0.weight", "features.0.weight"),
                    range(headerLength, "features.0.bias", "features.3.weight"));
            long featureBytes = 4 * (16 * 9 + 16 + 32 + 32 * 16 * 9);
            assertThat(server.bytesSent.get()).isEqualTo(8 + headerLength + featureBytes);
            assertThat(SafetensorsHeader.read(store.weights("mirror"), "features").tensors())
                    .extracting(TensorEntry::name)
                    .containsExactly("features.0.weight", "features.0.bias", "features.3.bias", "features.3.weight");
            assertMatchesTheFullFilesConvolutions(store.weights("mirror"));
            assertThat(store.isPinned("mirror")).isTrue();
        }
    }

    @Test
    void aServerIgnoringRangesIsReadOnceFromTheStartAndLeftAfterTheLastFeature() throws Exception {
        try (TestFileServer server = new TestFileServer().serve("/model.safetensors", FULL, Mode.IGNORE_RANGES)) {
            ModelStore store = store();
            store.install(entry("mirror", server, "/model.safetensors"), Variant.FEATURES, false, downloader, p -> { },
                    new Cancellation());
            assertThat(server.rangeHeaders).containsExactly("bytes=0-7");
            assertMatchesTheFullFilesConvolutions(store.weights("mirror"));
        }
    }

    @Test
    void aCutDownloadResumesFromTheBytesItKept() throws Exception {
        try (TestFileServer server = new TestFileServer().serve("/model.safetensors", FULL, Mode.CUT_FIRST_RESPONSE)) {
            ModelStore store = store();
            CatalogEntry entry = entry("mirror", server, "/model.safetensors");
            assertThatThrownBy(() -> store.install(entry, Variant.FEATURES, false, downloader, p -> { }, new Cancellation()))
                    .isInstanceOf(IOException.class).hasMessageContaining("run the download again to resume");
            Path part = store.weights("mirror").resolveSibling("weights.safetensors" + TensorDownload.PART_SUFFIX);
            long kept = Files.size(part);
            assertThat(store.weights("mirror")).doesNotExist();

            store.install(entry, Variant.FEATURES, false, downloader, p -> { }, new Cancellation());
            assertMatchesTheFullFilesConvolutions(store.weights("mirror"));
            String last = server.rangeHeaders.get(server.rangeHeaders.size() - 1);
            long headerLength = SafetensorsHeader.read(writeFull(), "full").headerLength();
            long resumedAt = Long.parseLong(last.substring("bytes=".length(), last.indexOf('-')));
            long ownHeader = SafetensorsHeader.read(store.weights("mirror"), "features").dataStart();
            long secondRunStart = 8 + headerLength + tensor(headerLength, "features.0.bias").begin();
            assertThat(resumedAt).isEqualTo(secondRunStart + (kept - ownHeader - 4 * 16 * 9));
        }
    }

    @Test
    void aRemoteFileWithoutTheFeaturesIsRefusedBeforeItsDataIsFetched() throws Exception {
        try (TestFileServer server = new TestFileServer().serve("/model.safetensors", FULL, Mode.NORMAL)) {
            CatalogEntry vgg = new CatalogEntry("vgg16", "VGG-16", "vgg16", server.url("/model.safetensors").toString(),
                    0, "", "BSD", null, null, null, null);
            assertThatThrownBy(() -> store().install(vgg, Variant.FEATURES, false, downloader, p -> { },
                    new Cancellation()))
                    .hasMessageContaining("does not hold the features")
                    .hasMessageContaining("features.0.weight has shape (16, 1, 3, 3) but layer conv1_1 needs (64, 3, 3, 3)");
            assertThat(server.rangeHeaders).hasSize(2);
            assertThat(dir.resolve("models/vgg16")).doesNotExist();
        }
    }

    @Test
    void aChangedFeatureTensorIsRefusedByThePinUntilThePinIsForgotten() throws Exception {
        long inConv2 = tensor(SafetensorsHeader.read(writeFull(), "full").headerLength(), "features.3.weight").begin();
        byte[] changed = TestWeights.withOneFloatChanged(FULL, inConv2 + 40);
        byte[] classifierChanged = TestWeights.withOneFloatChanged(FULL,
                tensor(SafetensorsHeader.read(writeFull(), "full").headerLength(), "classifier.0.weight").begin());
        try (TestFileServer server = new TestFileServer().serve("/v1", FULL, Mode.NORMAL).serve("/v2", changed, Mode.NORMAL)
                .serve("/v3", classifierChanged, Mode.NORMAL)) {
            ModelStore store = store();
            store.install(entry("mirror", server, "/v1"), Variant.FEATURES, false, downloader, p -> { }, new Cancellation());
            assertThat(store.remove("mirror")).isEqualTo(ModelStore.Removal.REMOVED);
            assertThat(store.isPinned("mirror")).as("a pin outlives the model").isTrue();

            for (Variant variant : Variant.values()) {
                assertThatThrownBy(() -> store.install(entry("mirror", server, "/v2"), variant, false, downloader,
                        p -> { }, new Cancellation()))
                        .hasMessageContaining("mirror does not match its first verified install")
                        .hasMessageContaining("tensor features.3.weight has SHA-256")
                        .hasMessageContaining("deepcanvas models unpin mirror");
                assertThat(dir.resolve("models/mirror")).doesNotExist();
            }
            // the features did not change, so their install still matches; the first full install pins the classifier
            store.install(entry("mirror", server, "/v3"), Variant.FEATURES, false, downloader, p -> { }, new Cancellation());
            store.install(entry("mirror", server, "/v3"), Variant.FULL, true, downloader, p -> { }, new Cancellation());
            assertThatThrownBy(() -> store.install(entry("mirror", server, "/v1"), Variant.FULL, true, downloader,
                    p -> { }, new Cancellation())).hasMessageContaining("tensor classifier.0.weight has SHA-256");
            assertThat(store.find("mirror")).get().extracting(InstalledModel::variant).isEqualTo(Variant.FULL);

            assertThat(store.unpin("mirror")).isTrue();
            store.install(entry("mirror", server, "/v2"), Variant.FEATURES, true, downloader, p -> { }, new Cancellation());
            assertThat(store.find("mirror")).get().extracting(InstalledModel::variant).isEqualTo(Variant.FEATURES);
        }
    }

    @Test
    void aResumedFullDownloadIsCheckedAgainstThePin() throws Exception {
        long inConv2 = tensor(SafetensorsHeader.read(writeFull(), "full").headerLength(), "features.3.weight").begin();
        byte[] changed = TestWeights.withOneFloatChanged(FULL, inConv2 + 40);
        try (TestFileServer server = new TestFileServer().serve("/v1", FULL, Mode.NORMAL)) {
            ModelStore store = store();
            store.install(entry("mirror", server, "/v1"), Variant.FULL, false, downloader, p -> { }, new Cancellation());
            store.remove("mirror");
            // an earlier, interrupted download of a file that has since changed on the server
            Path part = Files.createDirectories(dir.resolve("models/mirror")).resolve("weights.safetensors.part");
            Files.write(part, java.util.Arrays.copyOf(changed, changed.length - 1000));

            assertThatThrownBy(() -> store.install(entry("mirror", server, "/v1"), Variant.FULL, false, downloader,
                    p -> { }, new Cancellation()))
                    .hasMessageContaining("tensor features.3.weight has SHA-256").hasMessageContaining("was deleted");
            assertThat(part).doesNotExist();
            store.install(entry("mirror", server, "/v1"), Variant.FULL, false, downloader, p -> { }, new Cancellation());
            assertThat(store.weights("mirror")).hasBinaryContent(FULL);
        }
    }

    private void assertMatchesTheFullFilesConvolutions(Path features) throws IOException {
        try (NDManager manager = NDManager.newBaseManager();
                LayeredNet full = WeightBinder.bind(FASHION, WeightFile.read(manager, writeFull()), manager);
                LayeredNet featuresOnly = WeightBinder.bind(FASHION, WeightFile.read(manager, features), manager)) {
            assertThat(featuresOnly.hasClassifier()).isFalse();
            assertThat(featuresOnly.weights().keySet()).containsExactly("features.0.weight", "features.0.bias",
                    "features.3.weight", "features.3.bias");
            for (Map.Entry<String, NDArray> weight : featuresOnly.weights().entrySet()) {
                assertThat(weight.getValue().contentEquals(full.weights().get(weight.getKey()))).as(weight.getKey()).isTrue();
            }
            NDArray image = manager.randomUniform(0, 1, new Shape(1, 1, 28, 28));
            assertThat(featuresOnly.forward(image, List.of("relu2")).get("relu2")
                    .contentEquals(full.forward(image, List.of("relu2")).get("relu2"))).isTrue();
        }
    }

    private ModelStore store() {
        return new ModelStore(dir.resolve("models"));
    }

    private static CatalogEntry entry(String id, TestFileServer server, String path) {
        return new CatalogEntry(id, "Fashion mirror", "fashion-cnn", server.url(path).toString(), 0, "", "MIT", null, null,
                null, null);
    }

    private Path writeFull() throws IOException {
        return Files.write(dir.resolve("full.safetensors"), FULL);
    }

    private TensorEntry tensor(long headerLength, String name) throws IOException {
        return SafetensorsHeader.read(writeFull(), "full").tensors().stream().filter(t -> t.name().equals(name))
                .findFirst().orElseThrow();
    }

    /** The Range header asking for the bytes from the start of {@code first} to the end of {@code last}. */
    private String range(long headerLength, String first, String last) throws IOException {
        long start = 8 + headerLength;
        return "bytes=" + (start + tensor(headerLength, first).begin()) + "-" + (start + tensor(headerLength, last).end() - 1);
    }
}
