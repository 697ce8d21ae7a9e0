package org.deepcanvas.runtime.device;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceMemoryTest {
    @TempDir
    Path root;

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void linuxAvailableMemoryIsMemAvailableCappedByTheContainer() throws IOException {
        write("proc/meminfo", "MemTotal:       16318832 kB\nMemFree:          512000 kB\nMemAvailable:    8000000 kB\n");

        assertThat(DeviceMemory.systemAvailable(root)).hasValue(8_000_000L * 1024);

        write("sys/fs/cgroup/memory.max", "4294967296\n");
        write("sys/fs/cgroup/memory.current", "1073741824\n");
        assertThat(DeviceMemory.systemAvailable(root)).hasValue(3L << 30);

        write("sys/fs/cgroup/memory.max", "max\n");
        assertThat(DeviceMemory.systemAvailable(root)).hasValue(8_000_000L * 1024);
    }

    @Test
    void thisMachinesCpuReportsSomeMemory() {
        assertThat(DeviceMemory.available(Device.cpu())).isPresent();
        assertThat(DeviceMemory.available(Device.cpu()).getAsLong()).isPositive();
    }
}
