package org.deepcanvas.nn.blocks;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.LambdaBlock;

/**
 * Nearest-neighbour upsampling of feature maps (NCHW) to a fixed size; differentiable on the
 * PyTorch engine. A {@link SubPixelSequentialBlock} folds it into the convolution after it.
 */
public final class NearestUpsample extends LambdaBlock {
    private static final int NEAREST = 0;

    private final long height;
    private final long width;

    NearestUpsample(long height, long width) {
        super(inputs -> new NDList(inputs.singletonOrThrow().getNDArrayInternal()
                .interpolation(new long[] {height, width}, NEAREST, false)), "upsampleNearest");
        this.height = height;
        this.width = width;
    }

    /** Whether this block doubles both sides of feature maps of {@code inputShape} (N, C, h, w). */
    boolean doubles(Shape inputShape) {
        return inputShape.dimension() == 4 && inputShape.get(2) * 2 == height && inputShape.get(3) * 2 == width;
    }
}
