package org.deepcanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.deepcanvas.export.PngExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DatasetCommandTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void writesMontageMeanStdAndSlideshow() throws IOException {
        Path input = Files.createDirectories(folder.resolve("in"));
        for (int i = 0; i < 5; i++) {
            writeGray(input.resolve("img" + i + ".png"), 40 * i);
        }
        Files.writeString(input.resolve("broken.png"), "not a png");

        int code = run("dataset", "--input", input.toString(), "--size", "32", "--count", "4",
                "--montage", folder.resolve("m.png").toString(), "--mean", folder.resolve("mean.png").toString(),
                "--std", folder.resolve("std.png").toString(), "--gif", folder.resolve("s.gif").toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("imported 4 images at 32 x 32");
        assertThat(ImageIO.read(folder.resolve("m.png").toFile()).getWidth()).isEqualTo(2 * 33 + 1);
        BufferedImage mean = ImageIO.read(folder.resolve("mean.png").toFile());
        assertThat(mean.getRGB(5, 5) & 0xFF).isEqualTo(60);
        assertThat(PngExport.readProvenance(folder.resolve("std.png"))).isPresent();
        assertThat(folder.resolve("s.gif")).exists();
    }

    @Test
    void failsWithExitCodeOneWhenNothingIsUsable() throws IOException {
        Path input = Files.createDirectories(folder.resolve("bad"));
        Files.writeString(input.resolve("notes.jpg"), "text");

        assertThat(run("dataset", "--input", input.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("skipped").contains("notes.jpg").contains("no usable images");
    }

    @Test
    void usageErrorsExitWithTwoAndHelpWithZero() {
        assertThat(run("dataset")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option");
        assertThat(run("dataset", "--help")).isZero();
        assertThat(run("no-such-command")).isEqualTo(2);
    }

    private int run(String... args) {
        CommandLine cli = DeepCanvasCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static void writeGray(Path file, int level) throws IOException {
        BufferedImage image = new BufferedImage(48, 40, BufferedImage.TYPE_INT_RGB);
        int rgb = level << 16 | level << 8 | level;
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 48; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        ImageIO.write(image, "png", file.toFile());
    }
}
