package org.deepcanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.deepcanvas.nn.embedded.FashionClassifier;
import org.deepcanvas.nn.library.Integrity;
import org.deepcanvas.nn.weights.SafetensorsHeader;
import org.deepcanvas.nn.weights.TensorEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@Timeout(60)
class ModelsCommandTest {
    @TempDir
    Path dir;
    private Path modelsDir;
    private Path weights;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void copyTheEmbeddedWeights() throws IOException {
        modelsDir = dir.resolve("models");
        weights = dir.resolve("my-fashion.safetensors");
        try (InputStream in = FashionClassifier.class.getResourceAsStream(FashionClassifier.RESOURCE)) {
            Files.copy(in, weights);
        }
    }

    @Test
    void listShowsEmbeddedAndAvailableNetworks() {
        assertThat(run("models", "list", "--models-dir", modelsDir.toString())).isZero();
        assertThat(out.toString()).contains("fashion-cnn", "embedded", "random-texture", "vgg19", "available", "~574.7 MB");
    }

    @Test
    void layersPrintsNamesAndShapesWithoutDownloadingAnything() {
        assertThat(run("models", "layers", "vgg19", "--size", "224", "--models-dir", modelsDir.toString())).isZero();
        assertThat(out.toString()).contains("conv1_1", "(1, 64, 224, 224)", "relu5_4", "pool5", "(1, 512, 7, 7)");
        assertThat(out.toString()).containsPattern("relu4_2 .*dream").containsPattern("conv4_2 .*content")
                .containsPattern("relu1_1 .*style");
        assertThat(modelsDir).doesNotExist();
    }

    @Test
    void aClassifierAtAnotherSizeShowsItsConvolutionsAndSaysWhereItsDenseLayersWork() {
        assertThat(run("models", "layers", "fashion-cnn", "--size", "256", "--models-dir", modelsDir.toString()))
                .isZero();
        assertThat(out.toString()).contains("(1, 32, 64, 64)").containsPattern("fc1 +only at 28 px")
                .containsPattern("fc2 +only at 28 px");
    }

    @Test
    void installsFeaturesByDefaultThenTheFullFileOnlyWhenAskedToReplace() throws Exception {
        byte[] bytes = Files.readAllBytes(weights);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/fashion.safetensors", exchange -> {
            try (exchange) {
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            } catch (IOException ignored) {
                // a features-only download stops reading after the last feature tensor
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/fashion.safetensors";
            Path catalog = Files.writeString(dir.resolve("catalog.json"), "{\"models\": [{\"id\": \"mirror-fashion\","
                    + " \"name\": \"Fashion mirror\", \"arch\": \"fashion-cnn\", \"url\": \"" + url + "\","
                    + " \"size\": " + bytes.length + ", \"sha256\": \"" + Integrity.sha256(weights) + "\","
                    + " \"license\": \"MIT\"}]}");
            String[] common = {"--catalog", catalog.toString(), "--models-dir", modelsDir.toString()};
            Path installed = modelsDir.resolve("mirror-fashion/weights.safetensors");

            assertThat(run(concat(new String[] {"models", "install", "mirror-fashion"}, common))).as(err.toString()).isZero();
            assertThat(out.toString()).contains("installed mirror-fashion, features only");
            assertThat(SafetensorsHeader.read(installed, "installed").tensors()).extracting(TensorEntry::name)
                    .allMatch(name -> name.startsWith("features."));
            assertThat(run(concat(new String[] {"models", "list"}, common))).isZero();
            assertThat(out.toString()).containsPattern("mirror-fashion\\s+installed \\(features only\\)\\s+\\S+ kB\\s+~424.1 kB\\s+yes");

            assertThat(run(concat(new String[] {"models", "install", "mirror-fashion", "--full"}, common))).isEqualTo(1);
            assertThat(err.toString()).contains("mirror-fashion is already installed (features only)", "--replace");
            assertThat(run(concat(new String[] {"models", "install", "mirror-fashion", "--full", "--replace"}, common)))
                    .as(err.toString()).isZero();
            assertThat(installed).hasSameBinaryContentAs(weights);

            assertThat(run(concat(new String[] {"models", "remove", "mirror-fashion"}, common))).isZero();
            assertThat(modelsDir.resolve("mirror-fashion")).doesNotExist();
            assertThat(run(concat(new String[] {"models", "remove", "mirror-fashion"}, common))).isEqualTo(1);
            assertThat(err.toString()).contains("mirror-fashion is not installed, so nothing was removed");
            assertThat(run(concat(new String[] {"models", "list"}, common))).isZero();
            assertThat(out.toString()).containsPattern("mirror-fashion\\s+available\\s+.*\\s+yes\\s+fashion-cnn");
            assertThat(run(concat(new String[] {"models", "unpin", "mirror-fashion"}, common))).isZero();
            assertThat(run(concat(new String[] {"models", "unpin", "mirror-fashion"}, common))).isEqualTo(1);
            assertThat(err.toString()).contains("mirror-fashion has no pin to forget");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void importsNeitherShadowTheCatalogueNorOverwriteWithoutReplace() {
        String models = modelsDir.toString();
        assertThat(run("models", "import", weights.toString(), "--arch", "fashion-cnn", "--id", "vgg16", "--models-dir",
                models)).isEqualTo(1);
        assertThat(err.toString()).contains("vgg16 is the catalogue's id for VGG-16");
        assertThat(run("models", "import", weights.toString(), "--arch", "fashion-cnn", "--id", "VGG19", "--models-dir",
                models)).isEqualTo(1);
        assertThat(err.toString()).contains("VGG19 is the catalogue's id");
        assertThat(modelsDir.resolve("vgg16")).doesNotExist();

        assertThat(run("models", "import", weights.toString(), "--arch", "fashion-cnn", "--models-dir", models)).isZero();
        assertThat(run("models", "import", weights.toString(), "--arch", "fashion-cnn", "--models-dir", models))
                .isEqualTo(1);
        assertThat(err.toString()).contains("my-fashion is already installed", "nothing was changed", "--replace");
        assertThat(run("models", "import", weights.toString(), "--arch", "fashion-cnn", "--id", "My-Fashion",
                "--models-dir", models)).isEqualTo(1);
        assertThat(err.toString()).contains("already called my-fashion", "differ only in case");
        assertThat(run("models", "import", weights.toString(), "--arch", "fashion-cnn", "--replace", "--models-dir",
                models)).as(err.toString()).isZero();
    }

    @Test
    void whatFailedInstallsLeftIsCleanedAtTheNextStartButResumableDownloadsStay() throws IOException {
        Path empty = Files.createDirectories(modelsDir.resolve("vgg16"));
        Path halfWritten = Files.createDirectories(modelsDir.resolve("mine")).resolve("weights.safetensors7731.part");
        Files.writeString(halfWritten, "{");
        Path resumable = Files.createDirectories(modelsDir.resolve("vgg19")).resolve("weights.safetensors.tensors.part");
        Files.write(resumable, new byte[100]);

        assertThat(run("models", "list", "--models-dir", modelsDir.toString())).isZero();
        assertThat(empty).doesNotExist();
        assertThat(halfWritten.getParent()).doesNotExist();
        assertThat(resumable).exists();
        assertThat(out.toString()).containsPattern("vgg19\\s+available");

        assertThat(run("models", "remove", "vgg19", "--models-dir", modelsDir.toString())).isZero();
        assertThat(out.toString()).contains("vgg19 was not installed; deleted what an unfinished install of it left");
        assertThat(resumable.getParent()).doesNotExist();
    }

    @Test
    void importChecksTheFileAgainstTheArchitecture() {
        assertThat(run("models", "import", weights.toString(), "--arch", "fashion-cnn",
                "--models-dir", modelsDir.toString())).isZero();
        assertThat(out.toString()).contains("imported my-fashion as fashion-cnn");
        assertThat(run("models", "import", weights.toString(), "--arch", "vgg16", "--id", "wrong",
                "--models-dir", modelsDir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("do not fit VGG-16", "features.0.weight has shape (16, 1, 3, 3)");
        assertThat(modelsDir.resolve("wrong")).doesNotExist();
    }

    @Test
    void aTorchScriptModuleIsImportedOnlyWhenTrusted() throws IOException {
        Path module = dir.resolve("tiny-features.pt");
        try (InputStream in = getClass().getResourceAsStream("/org/deepcanvas/nn/tiny-features.pt")) {
            Files.copy(in, module);
        }
        String models = modelsDir.toString();
        assertThat(run("models", "import", module.toString(), "--arch", "torchscript", "--models-dir", models))
                .isEqualTo(1);
        assertThat(err.toString()).contains("TorchScript files are programs");
        assertThat(modelsDir.resolve("tiny-features")).doesNotExist();

        assertThat(run("models", "import", module.toString(), "--arch", "torchscript", "--trust-code",
                "--models-dir", models)).as(err.toString()).isZero();
        assertThat(run("models", "layers", "tiny-features", "--size", "16", "--models-dir", models)).isZero();
        assertThat(out.toString()).contains("relu1", "(1, 4, 16, 16)", "relu2", "(1, 2, 8, 8)");
    }

    @Test
    void badInputGetsOneClearLine() {
        assertThat(run("models", "remove", "fashion-cnn")).isEqualTo(1);
        assertThat(err.toString()).contains("embedded").doesNotContain("Exception");
        assertThat(run("models", "install", "nope", "--models-dir", modelsDir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no model \"nope\"");
        assertThat(run("models", "list", "--catalog", dir.resolve("missing.json").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("catalogue file not found");
    }

    private int run(String... args) {
        return new CommandLine(new DeepCanvasCommand())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler(new FailureHandler())
                .execute(args);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
