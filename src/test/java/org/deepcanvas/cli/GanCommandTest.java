package org.deepcanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.deepcanvas.export.PngExport;
import org.deepcanvas.lab.gan.GanFiles;
import org.deepcanvas.nn.gan.GanArchitecture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GanCommandTest {
    @TempDir
    Path folder;

    @Test
    void trainsAVaeGanOnAFolderAndWritesSamplesGridGifsAndModelThatRerunsIdentically() throws IOException {
        Path images = Files.createDirectory(folder.resolve("images"));
        TestImages.shapes(images, 12);
        Path samples = folder.resolve("samples");
        Path grid = folder.resolve("grid.png");
        Path gif = folder.resolve("training.gif");
        Path walk = folder.resolve("walk.gif");
        Path model = folder.resolve("model.safetensors");

        CommandRun run = CommandRun.of("gan", "--kind", "vaegan", "--dataset", images.toString(), "--size", "32",
                "--colour", "--iterations", "4", "--filters", "4", "--code-size", "8", "--batch", "4",
                "--gif-frames", "2", "--samples", samples.toString(), "--sample-count", "3", "--grid", grid.toString(),
                "--gif", gif.toString(), "--walk-gif", walk.toString(), "--save", model.toString(), "--seed", "5");

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Stream<Path> written = Files.list(samples)) {
            assertThat(written.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")))
                    .containsExactlyInAnyOrder("sample-0001.png", "sample-0002.png", "sample-0003.png");
        }
        assertThat(ImageIO.read(samples.resolve("sample-0002.png").toFile()).getWidth()).isEqualTo(32);
        assertThat(ImageIO.read(grid.toFile()).getWidth()).as("1 test image per column").isEqualTo(1 * 33 + 1);
        assertThat(PngExport.readProvenance(grid).orElseThrow().step()).isEqualTo(4);
        assertThat(Files.size(gif)).isPositive();
        assertThat(Files.size(walk)).isPositive();
        assertThat(GanFiles.readInfo(model).settings().architecture())
                .isEqualTo(GanArchitecture.vaeGan().withFilters(4).withCodeSize(8));
        assertThat(run.out()).contains("11 training images of 32x32, VAE_GAN, 4 iterations");

        CommandRun rerun = CommandRun.of("rerun", grid.toString());

        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.out()).contains("identical to grid.png, pixel for pixel");
        assertThat(pixels(folder.resolve("grid-rerun.png"))).isEqualTo(pixels(grid));
    }

    @Test
    void badOptionsAreUsageErrorsAndAMissingFolderFails() {
        CommandRun kind = CommandRun.of("gan", "--kind", "wgan");
        assertThat(kind.exitCode()).isEqualTo(2);
        assertThat(kind.err()).contains("--kind must be dcgan or vaegan, not wgan");
        CommandRun size = CommandRun.of("gan", "--size", "48");
        assertThat(size.exitCode()).isEqualTo(2);
        assertThat(size.err()).contains("--size must be 28, 32 or 64");
        assertThat(CommandRun.of("gan", "--epochs", "1", "--iterations", "5").exitCode()).isEqualTo(2);
        CommandRun margin = CommandRun.of("gan", "--margin", "0.9");
        assertThat(margin.exitCode()).isEqualTo(2);
        assertThat(margin.err()).contains("margin must be 0..0.69");
        assertThat(CommandRun.of("gan", "--grid", folder.resolve("grid.jpg").toString()).exitCode()).isEqualTo(2);
        CommandRun missing = CommandRun.of("gan", "--dataset", folder.resolve("nowhere").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.errLines()).singleElement().asString().contains("no such folder");
    }

    @Test
    void benchPrintsIterationsPerSecondLast() {
        CommandRun bench = CommandRun.of("bench", "gan", "--iterations", "2", "--warmup", "1");

        assertThat(bench.exitCode()).as(bench.err()).isZero();
        String printed = bench.out().strip();
        assertThat(printed.substring(printed.lastIndexOf('\n') + 1)).matches("gan: \\d+\\.\\d\\d iterations/s");
    }

    private static int[] pixels(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
