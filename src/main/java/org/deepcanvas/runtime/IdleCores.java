package org.deepcanvas.runtime;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * How many cores the machine's other processes leave to this one, from the CPU load the OS
 * reports over the last fifth of a second: {@link ThreadPolicy} gives large-tensor work no more
 * intra-op threads than that. A parallel op waits for its slowest thread, and a thread the OS
 * has lent to another process holds every op up: with one core of two busy elsewhere, the VAE
 * stepped in 27 ms on two threads and in 10 ms on one (8 ms on two on a quiet machine).
 *
 * <p>The load is what the whole machine used minus what this process used, so the JVM's own
 * threads and libtorch's do not count against it. Where the OS does not say, every core is idle.
 */
final class IdleCores {
    static final long WINDOW_NANOS = 200_000_000L;
    /**
     * A window in which this process used less is taken to span a pause (its compute thread alone
     * uses a core while it steps), and says nothing about the machine once the steps go on.
     */
    private static final double STEPPING_CORES = 0.5;

    /** The fractions of all cores in use since the last reading, by the machine and by this process; negative when unknown. */
    record Reading(double machine, double process) {}

    /** Reads the load since its last reading. */
    interface Load {
        Reading read();
    }

    private static final IdleCores OF_THIS_MACHINE = new IdleCores(operatingSystemLoad(),
            Runtime.getRuntime().availableProcessors());

    private final Load load;
    private final int cores;
    private long windowStart = Long.MIN_VALUE;
    private int idle;

    IdleCores(Load load, int cores) {
        this.load = load;
        this.cores = cores;
        this.idle = cores;
    }

    /** The sampler of this JVM's machine (the OS keeps one reading per process, so there is one). */
    static IdleCores ofThisMachine() {
        return OF_THIS_MACHINE;
    }

    /** Cores not busy with other processes, at least one; every core until a first window has passed. */
    synchronized int now(long nanoTime) {
        if (windowStart == Long.MIN_VALUE) {
            load.read();
            windowStart = nanoTime;
        } else if (nanoTime - windowStart >= WINDOW_NANOS) {
            Reading reading = load.read();
            windowStart = nanoTime;
            boolean known = reading.machine() >= 0 && reading.process() >= 0;
            if (known && reading.process() * cores >= STEPPING_CORES) {
                long othersBusy = Math.round(Math.max(0, reading.machine() - reading.process()) * cores);
                idle = (int) Math.max(1, cores - othersBusy);
            }
        }
        return idle;
    }

    private static Load operatingSystemLoad() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean loads) {
            return () -> new Reading(loads.getCpuLoad(), loads.getProcessCpuLoad());
        }
        return () -> new Reading(-1, -1);
    }
}
