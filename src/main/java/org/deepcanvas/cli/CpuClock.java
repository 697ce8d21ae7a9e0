package org.deepcanvas.cli;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;

/** CPU time for benchmark figures: per CPU second is what a shared, busy machine disturbs least. */
final class CpuClock {
    private CpuClock() {}

    /** CPU time of the whole process (every thread: libtorch's workers, the JIT, the collector). */
    static long processNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU time of the calling thread. */
    static long currentThreadNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
