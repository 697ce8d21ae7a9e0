package org.deepcanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.runtime.device.DeviceChoice;
import org.deepcanvas.runtime.device.EngineStartup;
import org.deepcanvas.runtime.device.HostPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `--device` on every command and `deepcanvas gpu`, on this machine (no GPU). */
class GpuCommandTest {
    @TempDir
    Path dir;

    @Test
    void askingForAGpuThisMachineLacksFailsInOneLine() {
        assumeTrue(EngineStartup.planFor(DeviceChoice.GPU).unmet(), "this machine can use its GPU");

        CommandRun beforeCommand = CommandRun.of("--device", "gpu", "paint", "--image", "missing.png");
        CommandRun afterCommand = CommandRun.of("paint", "--device", "GPU", "--image", "missing.png");

        assertThat(beforeCommand.exitCode()).isEqualTo(1);
        assertThat(afterCommand.exitCode()).isEqualTo(1);
        assertThat(beforeCommand.errLines()).singleElement().asString().startsWith("error: --device gpu: ");
        assertThat(afterCommand.errLines()).isEqualTo(beforeCommand.errLines());
    }

    @Test
    void mpsIsRefusedAwayFromAppleSilicon() {
        assumeTrue(!HostPlatform.current().hasMps(), "this is a Mac with Apple silicon");

        CommandRun run = CommandRun.of("gpu", "--device", "mps");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("error: --device mps: the MPS device exists only on Macs with"
                + " Apple silicon, not on " + HostPlatform.current().classifier());
    }

    @Test
    void anUnknownDeviceIsAUsageError() {
        CommandRun run = CommandRun.of("--device", "tpu", "gpu");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("tpu");
    }

    @Test
    void theCpuCanBeAskedForOnAnyCommand() throws IOException {
        Path image = dir.resolve("target.png");
        ImageIO.write(ArgbImage.blank(8, 8).toBufferedImage(), "png", image.toFile());

        CommandRun run = CommandRun.of("paint", "--device", "cpu", "--image", image.toString(), "--iterations", "5",
                "--size", "8");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("painted 5 steps on CPU: ");
    }

    @Test
    void gpuSaysWhatIsUsedAndWhy() {
        CommandRun run = CommandRun.of("gpu");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("platform:    " + HostPlatform.current().classifier())
                .contains("driver:      ")
                .contains("device:      " + EngineStartup.plan().summary());
    }
}
