package org.deepcanvas.nn.blocks;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.LambdaBlock;

/** Blocks that only change the shape of a batch of feature maps (NCHW). */
public final class FeatureMaps {
    private FeatureMaps() {}

    /** Flat vectors (N, C*H*W) to feature maps (N, C, H, W). */
    public static LambdaBlock reshape(long channels, long height, long width) {
        return LambdaBlock.singleton(x -> x.reshape(new Shape(-1, channels, height, width)));
    }

    /** Nearest-neighbour upsampling to height x width; differentiable on the PyTorch engine. */
    public static NearestUpsample upsampleNearest(long height, long width) {
        return new NearestUpsample(height, width);
    }
}
