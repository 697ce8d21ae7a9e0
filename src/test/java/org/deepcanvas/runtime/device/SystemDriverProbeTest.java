package org.deepcanvas.runtime.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver probe on fake machines laid out in a temporary folder. */
class SystemDriverProbeTest {
    private static final HostPlatform LINUX = new HostPlatform("linux", "x86_64");

    @TempDir
    Path root;

    private void write(String absolute, String text) throws IOException {
        Path file = root.resolve(absolute.substring(1));
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private DriverStatus probe(HostPlatform platform, Map<String, String> environment) {
        return new SystemDriverProbe(platform, root, environment).probe();
    }

    @Test
    void aLinuxDriverIsItsKernelModuleAndLibcuda() throws IOException {
        write("/proc/driver/nvidia/version",
                "NVRM version: NVIDIA UNIX x86_64 Kernel Module  570.86.15  Thu Jan 16 23:35:07 UTC 2025\n"
                        + "GCC version:  gcc version 12.2.0 (Debian 12.2.0-14)\n");
        write("/proc/driver/nvidia/gpus/0000:01:00.0/information",
                "Model: \t\t NVIDIA GeForce RTX 4070\nIRQ:   \t\t 150\n");
        write("/usr/lib/x86_64-linux-gnu/libcuda.so.1", "");

        DriverStatus status = probe(LINUX, Map.of());

        assertThat(status.usable()).isTrue();
        assertThat(status.summary()).isEqualTo("NVIDIA driver 570.86.15");
        assertThat(status.gpuName()).isEqualTo("NVIDIA GeForce RTX 4070");
    }

    @Test
    void libcudaIsFoundWhereTheLoaderIsToldToLook() throws IOException {
        write("/proc/driver/nvidia/version", "NVRM version: NVIDIA UNIX x86_64 Kernel Module  550.54.14  Date\n");
        write("/opt/nvidia/lib/libcuda.so.1", "");
        write("/etc/ld.so.conf.d/nvidia.conf", "# the driver\n/opt/nvidia/lib\n");
        write("/home/me/cuda/libcuda.so.1", "");

        assertThat(probe(LINUX, Map.of()).usable()).isTrue();
        Files.delete(root.resolve("etc/ld.so.conf.d/nvidia.conf"));
        assertThat(probe(LINUX, Map.of()).usable()).isFalse();
        assertThat(probe(LINUX, Map.of("LD_LIBRARY_PATH", "/nowhere:/home/me/cuda")).usable()).isTrue();
    }

    @Test
    void aKernelModuleWithoutItsLibraryIsNotUsable() throws IOException {
        write("/proc/driver/nvidia/version", "NVRM version: NVIDIA UNIX x86_64 Kernel Module  535.104.05  Date\n");

        DriverStatus status = probe(LINUX, Map.of());

        assertThat(status.usable()).isFalse();
        assertThat(status.summary()).contains("535.104.05").contains("libcuda.so.1 is missing");
    }

    @Test
    void wslHasOnlyTheLibrary() throws IOException {
        write("/usr/lib/wsl/lib/libcuda.so.1", "");

        DriverStatus status = probe(LINUX, Map.of());

        assertThat(status.usable()).isTrue();
        assertThat(status.summary()).contains("WSL");
    }

    @Test
    void aMachineWithoutNvidiaSaysSo() {
        assertThat(probe(LINUX, Map.of()).summary()).isEqualTo("no NVIDIA driver found");
        assertThat(probe(new HostPlatform("osx", "aarch64"), Map.of()).usable()).isFalse();
    }

    @Test
    void windowsLooksForNvcudaInSystem32() throws IOException {
        HostPlatform windows = new HostPlatform("win", "x86_64");
        Map<String, String> environment = Map.of("SystemRoot", root.resolve("Windows").toString());

        assertThat(probe(windows, environment).usable()).isFalse();
        write("/Windows/System32/nvcuda.dll", "");
        assertThat(probe(windows, environment).usable()).isTrue();
    }

    @Test
    void platformsAreNamedTheWayDjlNamesThem() {
        assertThat(HostPlatform.of("Linux", "amd64").classifier()).isEqualTo("linux-x86_64");
        assertThat(HostPlatform.of("Windows 11", "amd64").classifier()).isEqualTo("win-x86_64");
        assertThat(HostPlatform.of("Mac OS X", "aarch64").hasMps()).isTrue();
        assertThat(HostPlatform.of("Mac OS X", "x86_64").hasMps()).isFalse();
        assertThat(HostPlatform.of("Linux", "aarch64").hasCudaBuild()).isFalse();
        assertThat(new HostPlatform("win", "x86_64").libraryFile("torch_cuda")).isEqualTo("torch_cuda.dll");
    }
}
