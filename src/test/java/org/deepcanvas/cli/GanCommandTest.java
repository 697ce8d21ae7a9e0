package org.deepcanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.deepcanvas.lab.gan.GanFiles;
import org.deepcanvas.nn.gan.GanArchitecture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GanCommandTest {
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
    void trainsAVaeGanOnAFolderAndWritesSamplesGridGifsAndModel() throws IOException {
        Path images = Files.createDirectory(folder.resolve("images"));
        ShapeImages.write(images, 12);
        Path samples = folder.resolve("samples");
        Path grid = folder.resolve("grid.png");
        Path gif = folder.resolve("training.gif");
        Path walk = folder.resolve("walk.gif");
        Path model = folder.resolve("model.safetensors");

        int code = DeepCanvasCommand.run("gan", "--kind", "vaegan", "--dataset", images.toString(), "--size", "32",
                "--colour", "--iterations", "4", "--filters", "4", "--code-size", "8", "--batch", "4",
                "--gif-frames", "2", "--samples", samples.toString(), "--sample-count", "3", "--grid", grid.toString(),
                "--gif", gif.toString(), "--walk-gif", walk.toString(), "--save", model.toString(), "--seed", "5");

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        try (var written = Files.list(samples)) {
            assertThat(written.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")))
                    .containsExactlyInAnyOrder("sample-0001.png", "sample-0002.png", "sample-0003.png");
        }
        assertThat(ImageIO.read(samples.resolve("sample-0002.png").toFile()).getWidth()).isEqualTo(32);
        assertThat(ImageIO.read(grid.toFile()).getWidth()).as("1 test image per column").isEqualTo(1 * 33 + 1);
        assertThat(Files.size(gif)).isPositive();
        assertThat(Files.size(walk)).isPositive();
        assertThat(GanFiles.readInfo(model).settings().architecture())
                .isEqualTo(GanArchitecture.vaeGan().withFilters(4).withCodeSize(8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("11 training images of 32x32, VAE_GAN, 4 iterations");
    }

    @Test
    void badOptionsAreUsageErrorsAndAMissingFolderFails() {
        assertThat(DeepCanvasCommand.run("gan", "--kind", "wgan")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--kind must be dcgan or vaegan, not wgan");
        assertThat(DeepCanvasCommand.run("gan", "--size", "48")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--size must be 28, 32 or 64");
        assertThat(DeepCanvasCommand.run("gan", "--epochs", "1", "--iterations", "5")).isEqualTo(2);
        assertThat(DeepCanvasCommand.run("gan", "--margin", "0.9")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("margin must be 0..0.69");
        assertThat(DeepCanvasCommand.run("gan", "--dataset", folder.resolve("nowhere").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not a folder");
    }

    @Test
    void benchPrintsIterationsPerSecondLast() {
        int code = DeepCanvasCommand.run("bench", "gan", "--iterations", "2", "--warmup", "1");

        assertThat(code).isZero();
        String printed = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(printed.substring(printed.lastIndexOf('\n') + 1)).matches("gan: \\d+\\.\\d\\d iterations/s");
    }
}
