package org.deepcanvas.lab.imageopt;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.nn.Architecture;
import org.deepcanvas.nn.LayeredNet;
import org.deepcanvas.nn.Preprocessing;
import org.deepcanvas.nn.RandomWeights;
import org.deepcanvas.nn.WeightBinder;
import org.deepcanvas.nn.layers.ConvLayer;
import org.deepcanvas.nn.layers.MaxPoolLayer;
import org.deepcanvas.nn.layers.ReluLayer;

/** Small generated networks and pictures for fast, seeded tests of the image-optimisation core. */
final class TinyNets {
    private TinyNets() {}

    /** Two random conv blocks: relu1 at full resolution, relu2 at half. */
    static LayeredNet convolutional(NDManager manager, long seed) {
        return convolutional(manager, seed, Preprocessing.imageNet());
    }

    /** The same two blocks on a grey input, as the Fashion classifier sees pictures. */
    static LayeredNet grey(NDManager manager, long seed) {
        return convolutional(manager, seed, new Preprocessing(1, 28, new float[] {0.5f}, new float[] {0.25f}));
    }

    private static LayeredNet convolutional(NDManager manager, long seed, Preprocessing preprocessing) {
        Architecture architecture = new Architecture("tiny", "Tiny conv net", preprocessing, List.of(
                ConvLayer.same("conv1", "c1", preprocessing.channels(), 16, 3),
                new ReluLayer("relu1"),
                new MaxPoolLayer("pool1", 2),
                ConvLayer.same("conv2", "c2", 16, 16, 3),
                new ReluLayer("relu2")),
                5, List.of(), List.of("relu2"), List.of("relu1", "relu2"), "relu2");
        return RandomWeights.create(architecture, manager, new Random(seed), true);
    }

    /**
     * One 1x1 convolution that passes the normalised image through unchanged: its layer
     * "same" is the image itself, position by position, in the network's units.
     */
    static LayeredNet identity(NDManager manager) {
        Architecture architecture = new Architecture("identity", "Identity", Preprocessing.imageNet(), List.of(
                new ConvLayer("same", "id", null, 3, 3, 1, 0)), 1, List.of(), List.of("same"), List.of("same"), "same");
        try (NDManager scratch = manager.newSubManager()) {
            NDArray eye = scratch.eye(3).reshape(3, 3, 1, 1);
            NDArray zero = scratch.zeros(new Shape(3));
            return WeightBinder.bind(architecture, Map.of("id.weight", eye, "id.bias", zero), manager);
        }
    }

    /** A picture with structure everywhere (waves, a ramp, a disc) and no symmetry. */
    static ArgbImage picture(int width, int height) {
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double r = 0.5 + 0.5 * Math.sin(x * 0.7) * Math.cos(y * 0.3);
                double g = (x + 2.0 * y) / (width + 2.0 * height);
                double b = (x - width * 0.3) * (x - width * 0.3) + (y - height * 0.6) * (y - height * 0.6)
                        < width * height * 0.05 ? 0.9 : 0.1;
                pixels[y * width + x] = 0xff000000 | toByte(r) << 16 | toByte(g) << 8 | toByte(b);
            }
        }
        return new ArgbImage(width, height, pixels);
    }

    private static int toByte(double unit) {
        return (int) Math.round(Math.max(0, Math.min(1, unit)) * 255);
    }
}
