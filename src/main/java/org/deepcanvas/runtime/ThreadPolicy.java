package org.deepcanvas.runtime;

import java.util.function.IntSupplier;

/**
 * The one rule for how many intra-op threads libtorch may use while a job steps; every job
 * follows it by naming its {@link Workload} ({@link Job#workload}). The runtime sets the
 * count on the compute thread before a job's step whenever it differs from the last one it
 * set, so a painter and a dream can run side by side, each at its best.
 *
 * <p>Why: for small tensors the work per op is a few microseconds, and waking a second
 * thread costs more than it saves (the painter ran 1,100 steps/s on one thread and 330-420
 * on two; DJL-NOTES.md). From about 10^5 values per op the arithmetic scales with cores: on
 * a quiet two-core machine the VAE stepped in 8.2 ms on two threads against 10.1 on one and
 * the conv autoencoder in 11-13 against 15 (bench/README.md), and PyTorch's dream step ran
 * 1.19 steps/s on one thread and 2.19 on two. But a parallel op waits for its slowest thread,
 * so large-tensor work gets only the cores other processes leave idle ({@link IdleCores}):
 * with one core busy elsewhere, two threads made the VAE's step 2.7x slower than one.
 * Changing the count is a call into libtorch of under a microsecond (measured: 0.3 us).
 */
public final class ThreadPolicy {
    /** Overrides the thread count of every workload (benchmarks use it for equal-thread runs). */
    public static final String THREADS_PROPERTY = "deepcanvas.threads";

    /** What a job's steps mostly compute, which decides their thread count. */
    public enum Workload {
        /** Tensors of a few thousand values (the pixel painter, a small GAN): one thread. */
        SMALL_TENSORS,
        /**
         * Ops on 10^5 values and more (the 28 px autoencoders' batches of 100, DCGAN, VGG from
         * 128 px): every core that other processes leave idle.
         */
        LARGE_TENSORS
    }

    private ThreadPolicy() {}

    /** The intra-op threads for a workload on this machine, now. */
    public static int threadsFor(Workload workload) {
        return threadsFor(workload, () -> IdleCores.ofThisMachine().now(System.nanoTime()));
    }

    /** The rule itself, given how many cores other processes leave idle (asked only for large tensors). */
    static int threadsFor(Workload workload, IntSupplier idleCores) {
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
        return workload == Workload.SMALL_TENSORS ? 1 : idleCores.getAsInt();
    }
}
