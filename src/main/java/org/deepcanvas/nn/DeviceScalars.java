package org.deepcanvas.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scalars kept on the compute device for arithmetic with constants and live settings.
 * DJL turns {@code x.mul(0.5f)} into a fresh tensor copied from the host, and on a GPU each
 * such copy makes the host wait for the device; a training step that used a few of them
 * would stall the GPU several times per step. Here each value is copied once, then reused.
 * The most recently used values are kept (a slider dragged through many values does not
 * pile them up); the cache belongs to one thread, like every array.
 */
public final class DeviceScalars implements AutoCloseable {
    private static final int KEPT = 64;

    private final NDManager manager;
    private final Map<Float, NDArray> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Float, NDArray> eldest) {
            if (size() > KEPT) {
                eldest.getValue().close();
                return true;
            }
            return false;
        }
    };

    /** Scalars on {@code manager}'s device, owned by it. */
    public DeviceScalars(NDManager manager) {
        this.manager = manager;
    }

    /** The value as a 0-d array on the device, made on first use and outside any NDScope. */
    public NDArray of(float value) {
        return recent.computeIfAbsent(value, v -> {
            NDArray scalar = manager.create(v);
            NDScope.unregister(scalar);
            return scalar;
        });
    }

    @Override
    public void close() {
        recent.values().forEach(NDArray::close);
        recent.clear();
    }
}
