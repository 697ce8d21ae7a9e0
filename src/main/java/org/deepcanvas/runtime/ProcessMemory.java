package org.deepcanvas.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * This process's resident memory as Linux counts it (/proc/self/status), for benchmarks
 * and for checking memory estimates: the resident set now, its peak, and a reset of the
 * peak (writing 5 to /proc/self/clear_refs, Linux 4.0 and later). Elsewhere the figures are
 * empty and the reset does nothing.
 */
public final class ProcessMemory {
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private ProcessMemory() {}

    /** VmRSS in bytes. */
    public static OptionalLong resident() {
        return field("VmRSS:");
    }

    /** VmHWM in bytes: the most resident memory since the process began or the last {@link #resetPeak}. */
    public static OptionalLong peakResident() {
        return field("VmHWM:");
    }

    /** Starts the peak over from the resident set now; false where that cannot be done. */
    public static boolean resetPeak() {
        try {
            Files.writeString(CLEAR_REFS, "5");
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException unavailable) {
            return false;
        }
    }

    private static OptionalLong field(String name) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(name)) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("\\D+", "")) * 1024);
                }
            }
        } catch (IOException | NumberFormatException notLinux) {
            // no figure
        }
        return OptionalLong.empty();
    }
}
