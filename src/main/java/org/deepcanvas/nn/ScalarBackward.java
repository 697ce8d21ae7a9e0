package org.deepcanvas.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Backpropagation from a scalar loss, seeded with a 1 kept on the device. DJL's
 * {@code GradientCollector.backward} makes a fresh ones array at every call and first asks the
 * engine for the loss's shape, type and device: five native calls and an array per step, which
 * the painter's steps of a few hundred microseconds notice. Call it inside a GradientCollector,
 * where its {@code backward} would go.
 */
public final class ScalarBackward {
    private ScalarBackward() {}

    /** Accumulates d(loss)/d(w) into the gradient of every weight that {@code loss} depends on. */
    public static void run(NDArray loss, DeviceScalars scalars) {
        if (loss.getShape().dimension() != 0) {
            throw new IllegalArgumentException("backward needs a scalar loss, not shape " + loss.getShape());
        }
        JniUtils.backward((PtNDArray) loss, (PtNDArray) scalars.of(1f), false, false);
    }
}
