package org.deepcanvas.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Backpropagation from a scalar, seeded with a 0-d array kept on the device. DJL's
 * {@code GradientCollector.backward} makes a fresh ones array at every call and first asks the
 * engine for the loss's shape, type and device: five native calls and an array per step, which
 * the painter's steps of a few hundred microseconds notice. Call it inside a GradientCollector,
 * where its {@code backward} would go.
 */
public final class ScalarBackward {
    private ScalarBackward() {}

    /**
     * Accumulates seed * d(value)/d(w) into the gradient of every weight that {@code value}
     * depends on: a seed of 1 backpropagates the value itself, 1 / n the value divided by n.
     */
    public static void run(NDArray value, NDArray seed) {
        if (value.getShape().dimension() != 0) {
            throw new IllegalArgumentException("backward needs a scalar, not shape " + value.getShape());
        }
        JniUtils.backward((PtNDArray) value, (PtNDArray) seed, false, false);
    }
}
