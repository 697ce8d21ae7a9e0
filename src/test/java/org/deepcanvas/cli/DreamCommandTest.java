package org.deepcanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.deepcanvas.export.PngExport;
import org.deepcanvas.image.ArgbImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The dream and guide commands on the embedded Fashion-MNIST net, small and quick. */
class DreamCommandTest {
    @TempDir
    Path dir;

    @Test
    void dreamsAPictureIntoAPngWithItsSettingsAndAZoomGif() throws IOException {
        Path image = picture("start.png");
        Path png = dir.resolve("dream.png");
        Path gif = dir.resolve("zoom.gif");

        int exit = DeepCanvasCommand.run("dream", "--image", image.toString(), "--net", "fashion-cnn", "--size", "40",
                "--octaves", "2", "--iterations", "2", "--zoom", "1.1", "--rotate", "2", "--frames", "3",
                "--frame-steps", "1", "--png", png.toString(), "--gif", gif.toString(), "--seed", "9");

        assertThat(exit).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(40);
        assertThat(PngExport.readProvenance(png)).hasValueSatisfying(p -> {
            assertThat(p.seed()).isEqualTo(9L);
            assertThat(p.experiment()).isEqualTo("dream");
            assertThat(p.settings().get("network").getAsString()).isEqualTo("fashion-cnn");
        });
        assertThat(Files.size(gif)).isPositive();
    }

    @Test
    void severalGoalsWithWeightsReachTheSettings() throws IOException {
        Path png = dir.resolve("goals.png");
        int exit = DeepCanvasCommand.run("dream", "--net", "fashion-cnn", "--size", "32", "--octaves", "1",
                "--iterations", "2", "--layer", "relu1", "--goal", "channel:relu2/3@0.5", "--goal", "class:Bag@-0.25",
                "--png", png.toString());

        assertThat(exit).isZero();
        assertThat(PngExport.readProvenance(png)).hasValueSatisfying(p -> {
            var goals = p.settings().get("goals").getAsJsonArray();
            assertThat(goals).hasSize(3);
            assertThat(goals.get(1).getAsJsonObject().get("channel").getAsInt()).isEqualTo(3);
            assertThat(goals.get(1).getAsJsonObject().get("weight").getAsDouble()).isEqualTo(0.5);
            assertThat(goals.get(2).getAsJsonObject().get("className").getAsString()).isEqualTo("Bag");
            assertThat(goals.get(2).getAsJsonObject().get("weight").getAsDouble()).isEqualTo(-0.25);
        });
    }

    @Test
    void aClassDreamWithoutAClassifierSaysSoInOneLine() {
        StringWriter err = new StringWriter();
        CommandLine line = DeepCanvasCommand.commandLine();
        line.setErr(new PrintWriter(err));
        int exit = line.execute("dream", "--net", "random-texture", "--class", "Bag", "--png",
                dir.resolve("x.png").toString());
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("Random-filter texture net has no classifier").doesNotContain("Exception");
    }

    @Test
    void guidesAPictureTowardsAnother() throws IOException {
        Path png = dir.resolve("guided.png");
        int exit = DeepCanvasCommand.run("guide", "--image", picture("source.png").toString(), "--guide",
                picture("guide.png").toString(), "--net", "fashion-cnn", "--layers", "relu1:2,relu2", "--size", "40",
                "--octaves", "1", "--iterations", "3", "--png", png.toString());

        assertThat(exit).isZero();
        assertThat(PngExport.readProvenance(png)).hasValueSatisfying(p ->
                assertThat(p.settings().get("layers").getAsJsonArray()).hasSize(2));
    }

    @Test
    void badValuesAreUsageErrorsNamingThem() throws IOException {
        Path png = dir.resolve("x.png");
        assertThat(run("dream", "--size", "5000", "--png", png.toString())).contains("--size must be 32 to 1024");
        assertThat(run("dream", "--net", "fashion-cnn", "--layer", "relu9", "--png", png.toString()))
                .contains("no layer \"relu9\" in Fashion-MNIST classifier");
        assertThat(run("dream", "--net", "fashion-cnn", "--goal", "neuron:relu2", "--png", png.toString()))
                .contains("--goal neuron:relu2: a goal is layer:NAME, channel:NAME/K or class:NAME");
        assertThat(run("dream", "--net", "fashion-cnn", "--goal", "layer:relu2@lots", "--png", png.toString()))
                .contains("must be numbers");
        assertThat(run("dream", "--net", "fashion-cnn", "--goal", "layer:relu7", "--png", png.toString()))
                .contains("no layer \"relu7\"");
        assertThat(run("dream", "--zoom", "1.05", "--png", png.toString())).contains("--zoom and --rotate need --frames");
        assertThat(run("dream", "--net", "fashion-cnn")).contains("nothing to write");
        assertThat(run("guide", "--png", png.toString())).contains("--guide");
        assertThat(run("guide", "--guide", picture("g.png").toString(), "--net", "fashion-cnn", "--layers", "relu1:x",
                "--png", png.toString())).contains("\"x\" is not a weight");
    }

    @Test
    void anUnreadablePictureFailsWithStatusOneNamingIt() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.png"), "not a picture");
        StringWriter err = new StringWriter();
        CommandLine line = DeepCanvasCommand.commandLine();
        line.setErr(new PrintWriter(err));
        int exit = line.execute("dream", "--image", broken.toString(), "--net", "fashion-cnn", "--png",
                dir.resolve("out.png").toString());
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("broken.png").doesNotContain("Exception");

        err.getBuffer().setLength(0);
        exit = line.execute("dream", "--png", dir.resolve("missing/x.png").toString());
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("does not exist");
    }

    /** Runs a command line that must be refused as a usage error (status 2); returns what it printed. */
    private String run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine line = DeepCanvasCommand.commandLine();
        line.setErr(new PrintWriter(err));
        assertThat(line.execute(args)).as(String.join(" ", args)).isEqualTo(2);
        return err.toString();
    }

    private Path picture(String name) throws IOException {
        int[] pixels = new int[48 * 36];
        for (int i = 0; i < pixels.length; i++) {
            int v = (int) (127 + 120 * Math.sin(i % 48 * 0.4 + name.length()));
            pixels[i] = 0xff000000 | v << 16 | v << 8 | (255 - v);
        }
        Path file = dir.resolve(name);
        ImageIO.write(new ArgbImage(48, 36, pixels).toBufferedImage(), "png", file.toFile());
        return file;
    }
}
