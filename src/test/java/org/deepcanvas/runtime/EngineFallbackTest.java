package org.deepcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.deepcanvas.runtime.device.DeviceChoice;
import org.deepcanvas.runtime.device.EnginePlan;
import org.deepcanvas.runtime.device.GpuStartGuard;
import org.deepcanvas.runtime.device.HostPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CUDA runtime that cannot load, in a fresh JVM (the engine loads once per process):
 * DJL really reads the plan's properties, the failure is caught, and the same process
 * carries on with the bundled CPU libtorch, saying why.
 */
class EngineFallbackTest {
    @TempDir
    Path folder;

    @Test
    void aRuntimeThatDoesNotLoadFallsBackToTheCpuAndSaysWhy() throws Exception {
        Path runtime = brokenRuntime();
        Path settings = folder.resolve("settings");

        Result result = start(runtime, settings);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output())
                .contains("device line: CPU: the GPU runtime did not load (")
                .contains("(PyTorch ")
                .contains("device: cpu()");
        assertThat(Files.exists(settings.resolve("gpu-start-pending"))).as("start guard cleared").isFalse();
    }

    @Test
    void aRequiredDeviceThatCannotBeUsedFailsBeforeTheEngineLoads() {
        EnginePlan unmet = new EnginePlan(DeviceChoice.GPU, EnginePlan.Target.CPU, Map.of(), "no NVIDIA driver found",
                true, false);

        assertThatThrownBy(() -> EngineLoader.load(unmet, new GpuStartGuard(folder), true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("CPU: GPU chosen, but no NVIDIA driver found");
    }

    private Path brokenRuntime() throws IOException {
        HostPlatform platform = HostPlatform.current();
        Path runtime = Files.createDirectories(folder.resolve("runtime"));
        Files.writeString(runtime.resolve(platform.libraryFile("torch")), "not a library");
        Files.writeString(runtime.resolve(platform.libraryFile("torch_cuda")), "not a library either");
        return runtime;
    }

    private record Result(int exitCode, String output) {}

    private static Result start(Path runtime, Path settings) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dai.djl.offline=true", "-Dai.djl.pytorch.num_threads=1",
                "-Dai.djl.pytorch.num_interop_threads=1", "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
                "-cp", System.getProperty("java.class.path"),
                BrokenGpuRuntimeStart.class.getName(), runtime.toString(), settings.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the child JVM ended").isTrue();
        return new Result(process.exitValue(), output);
    }
}
