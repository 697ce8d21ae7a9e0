package org.deepcanvas.runtime;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import java.util.Random;

/**
 * What the runtime hands a job when it starts: the device, a seed and a random generator
 * made from it, and an NDManager that the runtime closes after the job's own close().
 * Draw all host-side randomness (batches, noise) from {@link #random()} so that a run
 * repeats exactly even while other jobs share the engine's generator.
 */
public final class JobContext implements AutoCloseable {
    private final Device device;
    private final long seed;
    private final Random random;
    private NDManager manager;

    JobContext(Device device, long seed) {
        this.device = device;
        this.seed = seed;
        this.random = new Random(seed);
    }

    public Device device() {
        return device;
    }

    public long seed() {
        return seed;
    }

    public Random random() {
        return random;
    }

    /** The job's own manager on {@link #device()}, created on first use. */
    public NDManager manager() {
        if (manager == null) {
            manager = NDManager.newBaseManager(device);
        }
        return manager;
    }

    @Override
    public void close() {
        if (manager != null) {
            manager.close();
            manager = null;
        }
    }
}
