package org.deepcanvas.runtime;

import java.util.function.IntConsumer;

/**
 * The intra-op thread count as last set for the calling thread, so the engine is called only
 * when {@link ThreadPolicy}'s answer changes: between jobs with different workloads, or when
 * other processes take cores or give them back. The runtime keeps one for its compute thread;
 * code that steps outside the runtime (the benchmarks) keeps its own.
 */
public final class IntraOpThreads {
    private final IntConsumer engine;
    private int current;
    private long switches;

    /** @param engine sets the engine's count for the calling thread */
    public IntraOpThreads(IntConsumer engine) {
        this.engine = engine;
    }

    /** Sets the count for the coming work, calling into the engine only when it changes. */
    public void use(ThreadPolicy.Workload workload) {
        int wanted = ThreadPolicy.threadsFor(workload);
        if (wanted != current) {
            engine.accept(wanted);
            current = wanted;
            switches++;
        }
    }

    /** The count last set, 0 before the first. */
    public int current() {
        return current;
    }

    long switches() {
        return switches;
    }
}
