package org.deepcanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.deepcanvas.export.InputFile;
import org.deepcanvas.export.PngExport;
import org.deepcanvas.export.Provenance;
import org.deepcanvas.lab.paint.PaintSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaintCommandTest {
    @TempDir
    Path dir;

    @Test
    void paintsAnImageIntoAPngAndAGif() throws IOException {
        Path image = writeImage("target.png", 0);
        Path png = dir.resolve("painting.png");
        Path gif = dir.resolve("training.gif");

        int exit = DeepCanvasCommand.run("paint", "--image", image.toString(), "--iterations", "60",
                "--draw-every", "20", "--png", png.toString(), "--gif", gif.toString(), "--seed", "3");

        assertThat(exit).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(16);
        Provenance provenance = PngExport.readProvenance(png).orElseThrow();
        assertThat(provenance.seed()).isEqualTo(3L);
        assertThat(provenance.step()).isEqualTo(60L);
        assertThat(provenance.settingsAs(PaintSettings.class).drawInterval()).isEqualTo(20);
        assertThat(provenance.inputs()).singleElement()
                .isEqualTo(InputFile.of("image", image));
        assertThat(provenance.network().id()).isEqualTo("coordinate-network");
        assertThat(provenance.versions()).containsKeys("app", "djl", "engine", "device");
        assertThat(Files.size(gif)).isPositive();
    }

    @Test
    void paintsAFolderAndWalksBetweenItsImages() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("images"));
        for (int i = 0; i < 3; i++) {
            Files.move(writeImage("image" + i + ".png", i * 40), folder.resolve("image" + i + ".png"));
        }
        Files.writeString(folder.resolve("notes.txt"), "not an image");
        Path walk = dir.resolve("walk.gif");

        int exit = DeepCanvasCommand.run("paint", "--dataset", folder.toString(), "--iterations", "40",
                "--size", "16", "--walk-gif", walk.toString(), "--walk-frames", "4");

        assertThat(exit).isZero();
        assertThat(Files.size(walk)).isPositive();
    }

    @Test
    void drawsThePngAndTheGifAtTheRenderSize() throws IOException {
        Path image = writeImage("target.png", 0);
        Path png = dir.resolve("large.png");
        Path gif = dir.resolve("large.gif");

        int exit = DeepCanvasCommand.run("paint", "--image", image.toString(), "--iterations", "40",
                "--render-size", "48", "--png", png.toString(), "--gif", gif.toString());

        assertThat(exit).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).as("trained at 16 px, drawn at 48").isEqualTo(48);
        assertThat(ImageIO.read(gif.toFile()).getWidth()).isEqualTo(48);
        assertThat(PngExport.readProvenance(png)).hasValueSatisfying(
                p -> assertThat(p.settings().get("renderSize").getAsInt()).isEqualTo(48));
        assertThat(DeepCanvasCommand.run("paint", "--image", image.toString(), "--render-size", "4096")).isEqualTo(2);
    }

    @Test
    void refusesUsageErrorsWithStatusTwo() throws IOException {
        Path image = writeImage("target.png", 0);

        assertThat(DeepCanvasCommand.run("paint")).isEqualTo(2);
        assertThat(DeepCanvasCommand.run("paint", "--image", image.toString(), "--learning-rate", "7")).isEqualTo(2);
        assertThat(DeepCanvasCommand.run("paint", "--image", image.toString(), "--walk-gif", "w.gif")).isEqualTo(2);
        assertThat(DeepCanvasCommand.run("bench")).isEqualTo(2);
    }

    @Test
    void failsOnAnUnreadableImageWithStatusOne() {
        assertThat(DeepCanvasCommand.run("paint", "--image", dir.resolve("missing.png").toString())).isEqualTo(1);
    }

    private Path writeImage(String name, int hue) throws IOException {
        return TestImages.pattern(dir.resolve(name), hue);
    }
}
