package org.deepcanvas.runtime;

import ai.djl.Device;
import ai.djl.util.cuda.CudaUtils;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * How much memory a new job may still take on a device, for estimates shown before a run.
 * A GPU reports its free memory; on a CPU it is what Linux says is available without
 * swapping (MemAvailable), capped by a cgroup limit when the process runs in a container,
 * and elsewhere the free physical memory the JVM sees. A share is held back for the frames,
 * the recorder and everything else the studio does meanwhile.
 */
public final class DeviceMemory {
    /** The share of the available memory an estimate may plan to use. */
    static final double USABLE_SHARE = 0.85;
    private static final Path MEMINFO = Path.of("/proc/meminfo");
    private static final List<Path[]> CGROUP_LIMIT_AND_USAGE = List.of(
            new Path[] {Path.of("/sys/fs/cgroup/memory.max"), Path.of("/sys/fs/cgroup/memory.current")},
            new Path[] {Path.of("/sys/fs/cgroup/memory/memory.limit_in_bytes"),
                    Path.of("/sys/fs/cgroup/memory/memory.usage_in_bytes")});

    private DeviceMemory() {}

    /** Bytes an image optimisation may plan to use on {@code device} now. */
    public static long usable(Device device) {
        return (long) (USABLE_SHARE * available(device));
    }

    /** Bytes free on {@code device} now. */
    public static long available(Device device) {
        if (device.isGpu()) {
            var usage = CudaUtils.getGpuMemory(device);
            return usage.getMax() - usage.getCommitted();
        }
        long available = meminfoAvailable().orElseGet(DeviceMemory::jvmFreePhysical);
        for (Path[] files : CGROUP_LIMIT_AND_USAGE) {
            OptionalLong limit = number(files[0]);
            OptionalLong usage = number(files[1]);
            if (limit.isPresent() && usage.isPresent()) {
                available = Math.min(available, Math.max(0, limit.getAsLong() - usage.getAsLong()));
            }
        }
        return available;
    }

    private static OptionalLong meminfoAvailable() {
        try {
            for (String line : Files.readAllLines(MEMINFO)) {
                if (line.startsWith("MemAvailable:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("\\D+", "")) * 1024);
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            // fall back to the JVM's view below
        }
        return OptionalLong.empty();
    }

    /** Through JMX, so the trimmed runtime of the installers (no jdk.management) only loses the figure. */
    private static long jvmFreePhysical() {
        try {
            Object free = ManagementFactory.getPlatformMBeanServer()
                    .getAttribute(new ObjectName("java.lang:type=OperatingSystem"), "FreeMemorySize");
            return ((Number) free).longValue();
        } catch (JMException | RuntimeException unknown) {
            return Long.MAX_VALUE;
        }
    }

    /** A file holding one number ("max", a missing file or anything else: none). */
    private static OptionalLong number(Path file) {
        try {
            return OptionalLong.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException none) {
            return OptionalLong.empty();
        }
    }
}
