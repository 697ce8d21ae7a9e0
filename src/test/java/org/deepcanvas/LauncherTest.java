package org.deepcanvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.deepcanvas.image.ArgbImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app as a person starts it: its own JVM, no display, default logging. */
class LauncherTest {
    @TempDir
    Path dir;

    @Test
    void theStudioWithoutADisplaySaysSoInOneLine() throws Exception {
        Started studio = launch();

        assertThat(studio.exitCode()).isEqualTo(1);
        assertThat(studio.output().lines()).singleElement().asString()
                .contains("the studio needs a display", "the commands work without one");
    }

    @Test
    void aCommandPrintsItsResultsButNoEngineChatter() throws Exception {
        Path image = dir.resolve("tiny.png");
        ImageIO.write(new ArgbImage(8, 8, new int[64]).toBufferedImage(), "png", image.toFile());

        Started paint = launch("paint", "--image", image.toString(), "--iterations", "3");

        assertThat(paint.exitCode()).as(paint.output()).isZero();
        assertThat(paint.output()).contains("painted 3 steps")
                .doesNotContain("INFO", "WARN", "CudaUtils", "graph executor", "intra-op");
    }

    private record Started(int exitCode, String output) {}

    private Started launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx256m",
                // a home of its own for its notes, but the engine unpacked where it already is
                "-Duser.home=" + dir, "-DDJL_CACHE_DIR=" + Path.of(System.getProperty("user.home"), ".djl.ai"),
                "-Dai.djl.offline=true", Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Started(process.exitValue(), output);
    }
}
