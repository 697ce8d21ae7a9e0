package org.deepcanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.deepcanvas.export.PngExport;
import org.deepcanvas.export.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RerunCommandTest {
    @TempDir
    Path dir;

    @Test
    void aPaintingComesOutIdenticalPixelsAndGifBytes() throws IOException {
        Path image = TestImages.pattern(dir.resolve("target.png"), 30);
        Path original = dir.resolve("painting.png");
        Path originalGif = dir.resolve("painting.gif");
        CommandRun made = CommandRun.of("paint", "--image", image.toString(), "--iterations", "120",
                "--learning-rate", "0.003", "--layers", "3", "--draw-every", "30", "--seed", "9",
                "--png", original.toString(), "--gif", originalGif.toString(), "--gif-fast");
        assertThat(made.exitCode()).as(made.err()).isZero();
        Path again = dir.resolve("again.png");
        Path againGif = dir.resolve("again.gif");

        CommandRun rerun = CommandRun.of("rerun", original.toString(), "--png", again.toString(),
                "--gif", againGif.toString(), "--gif-fast");

        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.out()).contains("identical to painting.png, pixel for pixel", "--learning-rate 0.003");
        assertThat(pixels(again)).isEqualTo(pixels(original));
        assertThat(Files.readAllBytes(againGif)).isEqualTo(Files.readAllBytes(originalGif));
        assertThat(withoutTime(PngExport.readProvenance(again).orElseThrow()))
                .isEqualTo(withoutTime(PngExport.readProvenance(original).orElseThrow()));
    }

    @Test
    void anAutoencodersManifoldComesOutIdentical() throws IOException {
        Path images = Files.createDirectory(dir.resolve("shapes"));
        TestImages.shapes(images, 10);
        Path original = dir.resolve("manifold.png");
        CommandRun made = CommandRun.of("autoencode", "--dataset", images.toString(), "--kind", "conv-vae",
                "--size", "28", "--colour", "--epochs", "2", "--batch", "3", "--denoise", "0.25", "--grid", "3",
                "--layers", "4,4", "--seed", "11", "--manifold", original.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();

        CommandRun rerun = CommandRun.of("rerun", original.toString());

        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.out()).contains("identical to manifold.png, pixel for pixel");
        assertThat(pixels(dir.resolve("manifold-rerun.png"))).isEqualTo(pixels(original));
    }

    @Test
    void anInputMovedBesideTheResultIsFoundAndAnEditedOneRefused() throws IOException {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path image = TestImages.pattern(elsewhere.resolve("cat.png"), 80);
        Path original = dir.resolve("cat-painted.png");
        assertThat(CommandRun.of("paint", "--image", image.toString(), "--iterations", "20",
                "--png", original.toString()).exitCode()).isZero();
        Files.move(image, dir.resolve("cat.png"));

        assertThat(CommandRun.of("rerun", original.toString()).out()).contains("identical");

        TestImages.pattern(dir.resolve("cat.png"), 81);
        CommandRun edited = CommandRun.of("rerun", original.toString(), "--png", dir.resolve("x.png").toString());
        assertThat(edited.exitCode()).isEqualTo(1);
        assertThat(edited.errLines()).singleElement().asString().contains("image cat.png has changed since");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void aResultWithoutProvenanceOrRecipeSaysSo() throws IOException {
        Path plain = TestImages.pattern(dir.resolve("plain.png"), 0);
        CommandRun none = CommandRun.of("rerun", plain.toString());
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.errLines()).singleElement().asString().contains("records no DeepCanvas settings");

        Path montage = dir.resolve("montage.png");
        assertThat(CommandRun.of("dataset", "--input", plain.toString(), "--size", "32",
                "--montage", montage.toString()).exitCode()).isZero();
        CommandRun dataset = CommandRun.of("rerun", montage.toString());
        assertThat(dataset.exitCode()).isEqualTo(1);
        assertThat(dataset.err()).contains("rerun cannot make dataset results yet; it makes paint, autoencode");
    }

    private static int[] pixels(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static Provenance withoutTime(Provenance p) {
        return new Provenance(p.appVersion(), p.experiment(), java.time.Instant.EPOCH, p.seed(), p.settings(),
                p.step(), p.options(), p.inputs(), p.network(), p.versions());
    }
}
