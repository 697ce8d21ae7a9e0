package org.deepcanvas.runtime;

/**
 * The intra-op thread count of the compute thread as the runtime last set it, so a switch
 * happens only between steps of jobs with different {@link ThreadPolicy.Workload}s.
 */
final class IntraOpThreads {
    private int current;
    private long switches;

    /** Sets the count for the coming work, calling into the engine only when it changes. */
    void use(EngineBinding engine, ThreadPolicy.Workload workload) {
        int wanted = ThreadPolicy.threadsFor(workload);
        if (wanted != current) {
            engine.setIntraOpThreads(wanted);
            current = wanted;
            switches++;
        }
    }

    int current() {
        return current;
    }

    long switches() {
        return switches;
    }
}
