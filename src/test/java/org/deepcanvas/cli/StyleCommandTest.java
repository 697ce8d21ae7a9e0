package org.deepcanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.deepcanvas.export.InputFile;
import org.deepcanvas.export.PngExport;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.style.StyleSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `deepcanvas style` on the embedded random-texture net, small and quick. */
class StyleCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesAPngWithEverySettingAndItsInputsAndAGifOfTheRun() throws IOException {
        Path content = picture("content.png", 48, 36, 0.4);
        Path first = picture("waves.png", 40, 40, 1.3);
        Path second = picture("ripples.png", 40, 40, 2.1);
        Path png = dir.resolve("styled.png");
        Path gif = dir.resolve("styled.gif");

        int exit = DeepCanvasCommand.run("style", "--content", content.toString(), "--style", first + "," + second,
                "--style-weights", "0.7,0.3", "--size", "48", "--iterations", "6", "--optimizer", "lbfgs",
                "--style-weight", "500", "--init", "noise", "--preserve-colours", "--seed", "7",
                "--png", png.toString(), "--gif", gif.toString());

        assertThat(exit).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(48);
        assertThat(ImageIO.read(png.toFile()).getHeight()).isEqualTo(36);
        assertThat(PngExport.readProvenance(png)).hasValueSatisfying(p -> {
            assertThat(p.experiment()).isEqualTo("style");
            assertThat(p.seed()).isEqualTo(7L);
            assertThat(p.step()).isEqualTo(6L);
            StyleSettings settings = p.settingsAs(StyleSettings.class);
            assertThat(settings.styleBlend()).containsExactly(0.7f, 0.3f);
            assertThat(settings.styleWeight()).isEqualTo(500);
            assertThat(settings.method().name()).isEqualTo("LBFGS");
            assertThat(settings.init().name()).isEqualTo("NOISE");
            assertThat(settings.colour().name()).isEqualTo("KEEP_CONTENT");
            assertThat(p.inputs()).extracting(InputFile::role, InputFile::name)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("content", "content.png"),
                            org.assertj.core.groups.Tuple.tuple("style", "waves.png"),
                            org.assertj.core.groups.Tuple.tuple("style", "ripples.png"));
            assertThat(p.inputs()).allSatisfy(input -> assertThat(input.bytes()).isPositive());
            assertThat(p.network().id()).isEqualTo("random-texture");
        });
        assertThat(Files.size(gif)).isPositive();
    }

    @Test
    void badValuesAreUsageErrorsNamingThem() throws IOException {
        String content = picture("c.png", 40, 40, 0.5).toString();
        String style = picture("s.png", 40, 40, 1.5).toString();
        String other = picture("t.png", 40, 40, 2.5).toString();
        String png = dir.resolve("x.png").toString();
        assertThat(usage("style", "--content", content, "--style", style, "--size", "4000", "--png", png))
                .contains("--size must be 32 to 2048, not 4000");
        assertThat(usage("style", "--content", content, "--style", style + "," + other, "--style-weights", "1",
                "--png", png)).contains("--style-weights gives 1 weights for 2 --style pictures");
        assertThat(usage("style", "--content", content, "--style", style, "--style-scale", "9", "--png", png))
                .contains("style scale must be 0.25 to 2");
        assertThat(usage("style", "--content", content, "--style", style, "--optimizer", "sgd", "--png", png))
                .contains("--optimizer");
        assertThat(usage("style", "--content", content, "--style", style)).contains("nothing to write");
        assertThat(usage("style", "--style", style, "--png", png)).contains("--content");
    }

    @Test
    void aMissingOrUnreadablePictureOrNetworkFailsWithStatusOneNamingIt() throws IOException {
        String style = picture("s.png", 40, 40, 1.5).toString();
        Path broken = Files.writeString(dir.resolve("broken.png"), "not a picture");
        String png = dir.resolve("x.png").toString();
        assertThat(failure("style", "--content", dir.resolve("none.png").toString(), "--style", style, "--png", png))
                .contains("none.png: no such file");
        assertThat(failure("style", "--content", broken.toString(), "--style", style, "--png", png))
                .contains("broken.png").doesNotContain("Exception");
        String content = picture("c.png", 40, 40, 0.5).toString();
        assertThat(failure("style", "--content", content, "--style", style, "--net", "vgg19", "--png", png))
                .contains("--net vgg19: not installed");
    }

    private String usage(String... args) {
        return run(2, args);
    }

    private String failure(String... args) {
        return run(1, args);
    }

    private String run(int status, String... args) {
        StringWriter err = new StringWriter();
        CommandLine line = DeepCanvasCommand.commandLine();
        line.setErr(new PrintWriter(err));
        assertThat(line.execute(args)).as(String.join(" ", args) + ": " + err).isEqualTo(status);
        return err.toString();
    }

    private Path picture(String name, int width, int height, double frequency) throws IOException {
        int[] pixels = new int[width * height];
        for (int i = 0; i < pixels.length; i++) {
            int v = (int) (127 + 120 * Math.sin(i % width * frequency + i / width * 0.3));
            pixels[i] = 0xff000000 | v << 16 | (255 - v) << 8 | (v / 2 + 60);
        }
        Path file = dir.resolve(name);
        ImageIO.write(new ArgbImage(width, height, pixels).toBufferedImage(), "png", file.toFile());
        return file;
    }
}
