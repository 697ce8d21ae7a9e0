package org.deepcanvas.runtime.device;

import ai.djl.Device;
import ai.djl.util.cuda.CudaUtils;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much memory a device can still give, for memory estimates (will this image size fit?).
 * On an NVIDIA GPU it asks the CUDA runtime (DJL reaches the one DeepCanvas installs through
 * {@code jna.library.path}); on the CPU, and on Apple silicon whose GPU shares the main
 * memory, it is the memory the operating system can hand out (on Linux {@code MemAvailable},
 * capped by a container's limit). Empty when the device does not say.
 */
public final class DeviceMemory {
    private static final Pattern MEM_AVAILABLE = Pattern.compile("(?m)^MemAvailable:\\s+(\\d+) kB");

    /** The share of the available memory an estimate may plan to use; frames, the recorder and the studio keep the rest. */
    static final double USABLE_SHARE = 0.85;

    private DeviceMemory() {}

    /** Bytes an image optimisation may plan to use on {@code device} now; empty when the device does not say. */
    public static OptionalLong usable(Device device) {
        OptionalLong free = available(device);
        return free.isPresent() ? OptionalLong.of((long) (USABLE_SHARE * free.getAsLong())) : OptionalLong.empty();
    }

    /** Bytes still free on {@code device}; call it on the compute thread for a GPU. */
    public static OptionalLong available(Device device) {
        if (device.isGpu()) {
            return gpuAvailable(device);
        }
        return systemAvailable(Path.of("/"));
    }

    private static OptionalLong gpuAvailable(Device device) {
        try {
            MemoryUsage usage = CudaUtils.getGpuMemory(device);
            return OptionalLong.of(usage.getMax() - usage.getCommitted());
        } catch (RuntimeException | LinkageError e) {
            return OptionalLong.empty();
        }
    }

    /** The host's available memory, reading Linux's files below {@code root} (tests pass a fake one). */
    static OptionalLong systemAvailable(Path root) {
        OptionalLong linux = SystemFiles.read(root.resolve("proc/meminfo"))
                .map(MEM_AVAILABLE::matcher).filter(Matcher::find)
                .map(m -> OptionalLong.of(Long.parseLong(m.group(1)) * 1024))
                .orElseGet(DeviceMemory::jvmReportedFree);
        OptionalLong limit = containerHeadroom(root);
        if (linux.isPresent() && limit.isPresent()) {
            return OptionalLong.of(Math.min(linux.getAsLong(), limit.getAsLong()));
        }
        return linux.isPresent() ? linux : limit;
    }

    /** cgroup v2: the limit minus what the container uses; empty when unlimited. */
    private static OptionalLong containerHeadroom(Path root) {
        Path cgroup = root.resolve("sys/fs/cgroup");
        OptionalLong max = number(cgroup.resolve("memory.max"));
        OptionalLong current = number(cgroup.resolve("memory.current"));
        if (max.isEmpty() || current.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(0, max.getAsLong() - current.getAsLong()));
    }

    private static OptionalLong number(Path file) {
        return SystemFiles.read(file).map(String::trim).filter(text -> text.matches("\\d{1,18}"))
                .map(text -> OptionalLong.of(Long.parseLong(text))).orElse(OptionalLong.empty());
    }

    /** The JDK's own figure (module jdk.management), where the system has no /proc/meminfo. */
    private static OptionalLong jvmReportedFree() {
        try {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                return OptionalLong.of(os.getFreeMemorySize());
            }
        } catch (LinkageError e) {
            // a runtime image without jdk.management: the memory is unknown
        }
        return OptionalLong.empty();
    }
}
