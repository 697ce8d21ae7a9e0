package org.deepcanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javax.imageio.ImageIO;
import org.deepcanvas.image.ArgbImage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every argument and output is checked before any work: these runs ask for a hundred
 * million steps, so a check that came after the work would time the test out.
 */
@Timeout(30)
class PreflightTest {
    private static final String FOREVER = "100000000";

    @TempDir
    Path dir;

    private Path image;

    @BeforeEach
    void writeImage() throws IOException {
        image = dir.resolve("target.png");
        ImageIO.write(new ArgbImage(16, 16, new int[256]).toBufferedImage(), "png", image.toFile());
    }

    @Test
    void aMissingOutputFolderIsAnErrorNotCreated() {
        Path missing = dir.resolve("nowhere");

        CommandRun run = paint("--png", missing.resolve("out.png").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .contains("--png", "the folder", "nowhere", "does not exist");
        assertThat(run.out()).doesNotContain("step");
        assertThat(missing).doesNotExist();
    }

    @Test
    void anOutputThatIsAFolderIsRefusedBeforeTraining() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("painting.png"));

        CommandRun run = paint("--png", folder.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().contains("painting.png", "is a folder");
    }

    @Test
    void anOutputFolderWithoutWritePermissionIsNamed() throws IOException {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));

        CommandRun run = paint("--gif", locked.resolve("a.gif").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().contains("no permission to write in", "locked")
                .doesNotContain(".tmp");
    }

    @Test
    void wrongExtensionsAndFilesGivenTwiceAreUsageErrors() {
        assertThat(paint("--png", dir.resolve("a.jpg").toString()).errLines()).singleElement().asString()
                .contains("--png", "a.jpg", "must end in .png");
        CommandRun twice = CommandRun.of("dataset", "--input", image.toString(),
                "--mean", dir.resolve("x.png").toString(), "--std", dir.resolve("x.png").toString());
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.errLines()).singleElement().asString().contains("--std", "also given to --mean");
        CommandRun overInput = paint("--png", image.toString());
        assertThat(overInput.exitCode()).isEqualTo(2);
        assertThat(overInput.err()).contains("--png", "also given to --image");
    }

    @Test
    void gifOptionsAreCheckedBeforeTheImport() {
        CommandRun run = CommandRun.of("dataset", "--input", image.toString(), "--gif", dir.resolve("s.gif").toString(),
                "--gif-delay", "5");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("--gif-delay must be 20 to 655350, not 5");
        assertThat(run.out()).doesNotContain("imported");
        CommandRun tooLarge = CommandRun.of("dataset", "--input", image.toString(), "--size", "256",
                "--gif", dir.resolve("big.gif").toString(), "--gif-scale", "30");
        assertThat(tooLarge.exitCode()).isEqualTo(2);
        assertThat(tooLarge.err()).contains("at most 4096");
    }

    @Test
    void aBadValueGivesOneLineNamingOnlyThatOption() {
        CommandRun run = CommandRun.of("autoencode", "--epochs", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .contains("--epochs must be 1 to 10000, not 0", "deepcanvas autoencode --help")
                .doesNotContain("--grid", "--radius");
    }

    @Test
    void numbersAreReadAsAPersonWritesThem() {
        assertThat(paint("--iterations", "99999999999").errLines()).singleElement().asString()
                .contains("--iterations", "too large (at most 2147483647)").doesNotContain("overflow");
        assertThat(paint("--learning-rate", "NaN").err()).contains("'NaN' is not a finite number");
        assertThat(paint("--size", "100000").err()).contains("--size must be 8 to 1024, not 100000");
        CommandRun typo = CommandRun.of("paint", "--image", image.toString(), "--iteration", "5");
        assertThat(typo.errLines()).singleElement().asString().contains("did you mean --iterations?");
    }

    @Test
    void aMissingInputNamesTheOptionAndTheFile() {
        CommandRun run = CommandRun.of("paint", "--image", dir.resolve("nope.png").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().contains("--image", "nope.png", "no such file");
    }

    @Test
    void anImageSmallerThanTheSizeAskedForSaysItIsNotEnlarged() {
        CommandRun run = CommandRun.of("paint", "--image", image.toString(), "--size", "64", "--iterations", "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("note: target.png is 16x16, so it is painted at that size");
    }

    @Test
    void aWrongChoiceIsAnsweredWithTheChoicesAsTheHelpWritesThem() {
        CommandRun run = paint("--activation", "swish");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("error: Invalid value for option '--activation': 'swish' is not one of"
                + " relu, leaky_relu, elu, tanh, sigmoid; see 'deepcanvas paint --help'");
        assertThat(paint("--activation", "Leaky-ReLU", "--layers", "0").errLines()).singleElement().asString()
                .startsWith("error: hidden layers must be 1 to 32");
    }

    private CommandRun paint(String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "paint";
        args[1] = "--image";
        args[2] = image.toString();
        args[3] = "--iterations=" + FOREVER;
        System.arraycopy(more, 0, args, 4, more.length);
        return CommandRun.of(args);
    }
}
