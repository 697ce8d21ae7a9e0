package org.deepcanvas.lab.paint;

import ai.djl.ndarray.NDArray;

/** How far a predicted colour is from the target: summed over r, g, b, averaged over the batch. */
public enum PaintLoss {
    /** Absolute difference: sharper edges, flatter colours. */
    L1,
    /** Squared difference: the course's default. */
    L2;

    private static final int[] CHANNEL_AXIS = {1};

    NDArray between(NDArray predicted, NDArray target) {
        NDArray difference = predicted.sub(target);
        NDArray distance = this == L1 ? difference.abs() : difference.square();
        return distance.sum(CHANNEL_AXIS).mean();
    }
}
