package org.deepcanvas.runtime;

/**
 * The one rule for how many intra-op threads libtorch may use while a job steps; every job
 * follows it by naming its {@link Workload} ({@link Job#workload}). The runtime sets the
 * count on the compute thread before a job's step whenever it differs from the last job's,
 * so a painter and a dream can run side by side, each at its best.
 *
 * <p>Why: for small tensors the work per op is a few microseconds, and waking a second
 * thread costs more than it saves (the painter ran 1,100 steps/s on one thread and 330-420
 * on two; DJL-NOTES.md). A VGG-sized convolution step is milliseconds of arithmetic per op
 * and scales with cores (PyTorch's dream step: 1.19 steps/s on one thread, 2.19 on two).
 * Changing the count is a call into libtorch of under a microsecond (measured: 0.3 us);
 * bench/README.md has what a switch costs in steps.
 */
public final class ThreadPolicy {
    /** Overrides the thread count of every workload (benchmarks use it for equal-thread runs). */
    public static final String THREADS_PROPERTY = "deepcanvas.threads";

    /** What a job's steps mostly compute, which decides their thread count. */
    public enum Workload {
        /** Tensors of a few thousand values (the pixel painter, 28 px autoencoders): one thread. */
        SMALL_TENSORS,
        /** Large convolutions (image optimisation through VGG or the texture net): every core. */
        CONVOLUTIONS
    }

    private ThreadPolicy() {}

    /** The intra-op threads for a workload on this machine. */
    public static int threadsFor(Workload workload) {
        String wanted = System.getProperty(THREADS_PROPERTY);
        if (wanted != null) {
            try {
                int threads = Integer.parseInt(wanted.trim());
                if (threads >= 1) {
                    return threads;
                }
            } catch (NumberFormatException e) {
                // fall through to the default: a bad property must not stop a run
            }
        }
        return workload == Workload.SMALL_TENSORS ? 1 : Runtime.getRuntime().availableProcessors();
    }
}
