package org.deepcanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.deepcanvas.export.PngExport;
import org.deepcanvas.export.Provenance;
import org.deepcanvas.lab.autoencode.AutoencoderFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoencodeCommandTest {
    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void trainsOnAFolderAndWritesManifoldGifAndModel() throws IOException {
        Path images = Files.createDirectory(folder.resolve("images"));
        TestImages.shapes(images, 12);
        Files.writeString(images.resolve("notes.png"), "not an image");
        Path manifold = folder.resolve("m.png");
        Path gif = folder.resolve("recon.gif");
        Path model = folder.resolve("model.safetensors");

        int code = DeepCanvasCommand.run("autoencode", "--dataset", images.toString(), "--kind", "conv-vae",
                "--size", "32", "--colour", "--epochs", "3", "--batch", "4", "--denoise", "0.3",
                "--grid", "3", "--gif-frames", "4", "--manifold", manifold.toString(), "--gif", gif.toString(),
                "--save", model.toString(), "--seed", "5");

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(ImageIO.read(manifold.toFile()).getWidth()).isEqualTo(3 * 33 + 1);
        Provenance provenance = PngExport.readProvenance(manifold).orElseThrow();
        assertThat(provenance.inputs()).singleElement().satisfies(input -> {
            assertThat(input.name()).isEqualTo("images");
            assertThat(input.files()).isEqualTo(12);
        });
        assertThat(provenance.options().get("epochs").getAsInt()).isEqualTo(3);
        assertThat(provenance.step()).isPositive();
        assertThat(Files.size(gif)).isPositive();
        assertThat(AutoencoderFiles.readInfo(model).imageShape().channels()).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("skipped").contains("notes.png");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("11 training and 1 test images of 32x32");
    }

    @Test
    void badOptionsAreUsageErrorsAndAMissingFolderFails() {
        assertThat(DeepCanvasCommand.run("autoencode", "--kind", "gan")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--kind must be fc, conv, vae or conv-vae");
        assertThat(DeepCanvasCommand.run("autoencode", "--code-size", "65")).isEqualTo(2);
        assertThat(DeepCanvasCommand.run("autoencode", "--dataset", folder.resolve("nowhere").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--dataset", "nowhere", "no such folder");
    }

    @Test
    void benchPrintsImagesPerSecondForBothModels() {
        int code = DeepCanvasCommand.run("bench", "autoencode", "--steps", "2", "--warmup", "1");

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .containsPattern("(?m)^autoencode-conv: \\d+ images/s$")
                .containsPattern("(?m)^autoencode-vae: \\d+ images/s$");
    }
}
