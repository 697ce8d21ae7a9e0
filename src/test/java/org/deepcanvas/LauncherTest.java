package org.deepcanvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    private static final String OUTPUT = "output.txt";

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

    @Test
    void aSignalClosesTheStudioQuietlyAndSuccessfully() throws Exception {
        Process studio = start(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dheadless.geometry=1440x900-32", "-Dprism.order=sw", "-Dprism.text=t2k"), "--verbose");
        awaitOutput("intra-op threads"); // the studio loads the engine once its window is up

        studio.destroy();

        Started stopped = finish(studio);
        assertThat(stopped.exitCode()).isZero();
        assertThat(stopped.output()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aSignalStopsACommandWithOneLineAndLeavesNoPartFiles() throws Exception {
        Path image = dir.resolve("tiny.png");
        ImageIO.write(new ArgbImage(8, 8, new int[64]).toBufferedImage(), "png", image.toFile());
        Process paint = start(List.of(), "paint", "--image", image.toString(), "--iterations", "100000000",
                "--png", dir.resolve("never.png").toString());
        awaitOutput("step ");

        paint.destroy();

        Started stopped = finish(paint);
        assertThat(stopped.output().lines().reduce((first, second) -> second)).get().asString()
                .matches("stopped at step \\d+ by a signal; no results were written");
        assertThat(stopped.output()).doesNotContain("Exception");
        try (var files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".tmp") || name.startsWith("never"));
        }
    }

    private record Started(int exitCode, String output) {}

    private Started launch(String... args) throws IOException, InterruptedException {
        return finish(start(List.of(), args));
    }

    private Process start(List<String> properties, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx256m",
                // a home of its own for its notes, but the engine unpacked where it already is
                "-Duser.home=" + dir, "-DDJL_CACHE_DIR=" + Path.of(System.getProperty("user.home"), ".djl.ai"),
                "-Dai.djl.offline=true"));
        command.addAll(properties);
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(OUTPUT).toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        return builder.start();
    }

    private void awaitOutput(String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(dir.resolve(OUTPUT), StandardCharsets.UTF_8).contains(text)) {
            assertThat(System.nanoTime()).as("the studio should start within a minute").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private Started finish(Process process) throws IOException, InterruptedException {
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Started(process.exitValue(), Files.readString(dir.resolve(OUTPUT), StandardCharsets.UTF_8));
    }
}
