package org.deepcanvas.runtime;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * What the runtime hands a job when it starts: the device, a seed and a random generator
 * made from it, and an NDManager that the runtime closes after the job's own close().
 * Draw all host-side randomness (batches, noise) from {@link #random()} so that a run
 * repeats exactly even while other jobs share the engine's generator. Work that can
 * outlast a step (rendering a large frame) should check {@link #stopRequested()} and
 * throw a {@code CancellationException} when it turns true.
 */
public final class JobContext implements AutoCloseable {
    private final Device device;
    private final long seed;
    private final Random random;
    private final BooleanSupplier stopRequested;
    private NDManager manager;

    JobContext(Device device, long seed, BooleanSupplier stopRequested) {
        this.device = device;
        this.seed = seed;
        this.random = new Random(seed);
        this.stopRequested = stopRequested;
    }

    /** True as soon as someone asked the job to stop, before the stop itself runs. */
    public boolean stopRequested() {
        return stopRequested.getAsBoolean();
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
