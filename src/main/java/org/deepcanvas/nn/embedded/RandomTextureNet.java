package org.deepcanvas.nn.embedded;

import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.Random;
import org.deepcanvas.nn.Architecture;
import org.deepcanvas.nn.LayeredNet;
import org.deepcanvas.nn.Preprocessing;
import org.deepcanvas.nn.RandomWeights;
import org.deepcanvas.nn.layers.Layer;
import org.deepcanvas.nn.layers.MaxPoolLayer;
import org.deepcanvas.nn.layers.MultiScaleConvLayer;
import org.deepcanvas.nn.layers.ReluLayer;

/**
 * A shallow network of random filters at several sizes, after Ustyuzhaninov et al.,
 * "Texture Synthesis Using Shallow Convolutional Networks with Random Filters" (2016):
 * Gram matrices of such features already capture much of a texture, so style transfer
 * works offline without any download. The filters are drawn from a fixed seed at start-up.
 */
public final class RandomTextureNet {
    public static final long DEFAULT_SEED = 20161116L;
    static final List<Integer> FINE_KERNELS = List.of(3, 5, 7, 11);
    static final List<Integer> COARSE_KERNELS = List.of(3, 5);
    private static final int FINE_FILTERS = 32;
    private static final int COARSE_FILTERS = 32;

    private RandomTextureNet() {}

    public static Architecture architecture() {
        List<Layer> layers = List.of(
                new MultiScaleConvLayer("conv1", "conv1", 3, FINE_FILTERS, FINE_KERNELS),
                new ReluLayer("relu1"),
                new MaxPoolLayer("pool1", 2),
                new MultiScaleConvLayer("conv2", "conv2", FINE_FILTERS * FINE_KERNELS.size(), COARSE_FILTERS,
                        COARSE_KERNELS),
                new ReluLayer("relu2"));
        return new Architecture("random-texture", "Random-filter texture net", Preprocessing.imageNet(), layers,
                layers.size(), List.of(), List.of("relu2"), List.of("relu1", "relu2"), "relu2");
    }

    /** The network with filters drawn from {@code seed}; the same seed gives the same filters on any device. */
    public static LayeredNet create(NDManager parent, long seed) {
        return RandomWeights.create(architecture(), parent, new Random(seed), true);
    }
}
