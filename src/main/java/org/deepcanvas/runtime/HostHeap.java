package org.deepcanvas.runtime;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * Stops glibc from handing a training step's freed tensors back to the OS at every step.
 *
 * <p>glibc returns the free top of a heap to the OS once it exceeds twice the largest block
 * it has freed from its own mmap (128 KiB at start-up; blocks up to 32 MiB count). A conv
 * autoencoder step frees ~20 MiB at once (activations, oneDNN reorder buffers), so every
 * step paged that memory back in: ~10,000 page faults, a third of the step. Freeing one
 * 30 MiB block raises the limit to 60 MiB for the rest of the process, as training would
 * by chance after its first epoch. With other C libraries this is one short-lived allocation.
 * Every trainer calls it when it starts.
 */
public final class HostHeap {
    private static final long WARM_UP_FLOATS = 30L * 1024 * 1024 / Float.BYTES;

    private HostHeap() {}

    /** Allocates and frees one 30 MiB host tensor (never touched, so it costs microseconds). */
    public static void keepFreedMemoryAcrossSteps() {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu())) {
            manager.create(new Shape(WARM_UP_FLOATS), DataType.FLOAT32).close();
        }
    }
}
