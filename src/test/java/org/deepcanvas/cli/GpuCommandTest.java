package org.deepcanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.runtime.device.DeviceChoice;
import org.deepcanvas.runtime.device.EngineStartup;
import org.deepcanvas.runtime.device.HostPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `--device` on every command and `deepcanvas gpu`, on this machine (no GPU). */
class GpuCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;

    @TempDir
    Path dir;

    @BeforeEach
    void capture() {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private List<String> errorLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void askingForAGpuThisMachineLacksFailsInOneLine() {
        assumeTrue(EngineStartup.planFor(DeviceChoice.GPU).unmet(), "this machine can use its GPU");

        int beforeCommand = DeepCanvasCommand.run("--device", "gpu", "paint", "--image", "missing.png");
        int afterCommand = DeepCanvasCommand.run("paint", "--device", "GPU", "--image", "missing.png");

        assertThat(beforeCommand).isEqualTo(1);
        assertThat(afterCommand).isEqualTo(1);
        assertThat(errorLines()).hasSize(2).allMatch(line -> line.startsWith("error: --device gpu: "));
    }

    @Test
    void mpsIsRefusedAwayFromAppleSilicon() {
        assumeTrue(!HostPlatform.current().hasMps(), "this is a Mac with Apple silicon");

        assertThat(DeepCanvasCommand.run("gpu", "--device", "mps")).isEqualTo(1);
        assertThat(errorLines()).containsExactly(
                "error: --device mps: the MPS device exists only on Macs with Apple silicon, not on "
                        + HostPlatform.current().classifier());
    }

    @Test
    void anUnknownDeviceIsAUsageError() {
        assertThat(DeepCanvasCommand.run("--device", "tpu", "gpu")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("expected one of [AUTO, CPU, GPU, MPS]");
    }

    @Test
    void theCpuCanBeAskedForOnAnyCommand() throws IOException {
        Path image = dir.resolve("target.png");
        ImageIO.write(ArgbImage.blank(8, 8).toBufferedImage(), "png", image.toFile());

        assertThat(DeepCanvasCommand.run("paint", "--device", "cpu", "--image", image.toString(), "--iterations", "5",
                "--size", "8")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("painted 5 steps on CPU: ");
    }

    @Test
    void gpuSaysWhatIsUsedAndWhy() {
        assertThat(DeepCanvasCommand.run("gpu")).isZero();

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("platform:    " + HostPlatform.current().classifier())
                .contains("driver:      ")
                .contains("device:      " + EngineStartup.plan().summary());
    }
}
