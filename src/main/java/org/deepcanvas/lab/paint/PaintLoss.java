package org.deepcanvas.lab.paint;

import ai.djl.ndarray.NDArray;

/**
 * How far a predicted colour is from the target: summed over r, g, b, averaged over the batch.
 * A step computes the batch's total ({@link #total}) and takes the average's gradient by seeding
 * backpropagation with 1 / rows, which spares the engine a mean and its backward node per step.
 */
public enum PaintLoss {
    /** Absolute difference: sharper edges, flatter colours. */
    L1,
    /** Squared difference: the course's default. */
    L2;

    /** The distance summed over every colour of every row; the loss is this divided by the rows. */
    NDArray total(NDArray predicted, NDArray target) {
        NDArray difference = predicted.sub(target);
        return (this == L1 ? difference.abs() : difference.square()).sum();
    }
}
