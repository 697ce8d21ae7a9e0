package org.deepcanvas.lab.imageopt;

import ai.djl.ndarray.NDArray;
import java.util.Collection;
import java.util.Map;
import org.deepcanvas.nn.DeviceScalars;
import org.deepcanvas.nn.FeatureNet;
import org.deepcanvas.nn.InputNormalizer;

/**
 * What the terms of an objective read during one evaluation: the image, the activations
 * of the tapped layers from one forward pass over the jittered image, and the class
 * scores, computed only when a term asks for them.
 */
public final class Features {
    private final FeatureNet net;
    private final InputNormalizer input;
    private final NDArray image;
    private final NDArray seen;
    private final Map<String, NDArray> activations;
    private final DeviceScalars scalars;
    private final int down;
    private final int right;
    private NDArray logits;

    /** The network sees {@code image} rolled by (down, right) pixels of jitter. */
    Features(FeatureNet net, InputNormalizer input, NDArray image, int down, int right, Collection<String> taps,
             DeviceScalars scalars) {
        this.net = net;
        this.input = input;
        this.image = image;
        this.seen = ImageFilters.roll(image, down, right);
        this.down = down;
        this.right = right;
        this.scalars = scalars;
        this.activations = taps.isEmpty() ? Map.of() : net.forward(input.apply(seen), taps);
    }

    /** The optimised image (1, C, H, W), values 0..1, unrolled (for terms on the pixels, such as TV). */
    public NDArray image() {
        return image;
    }

    /** A tapped layer's activation; the objective tapped every layer its terms name. */
    public NDArray activation(String layer) {
        NDArray activation = activations.get(layer);
        if (activation == null) {
            throw new IllegalArgumentException("layer " + layer + " was not tapped; a term must list it in layers()");
        }
        return activation;
    }

    /**
     * Class scores (1, classes) before softmax. The classifier sees the image resized to the
     * network's input size (28 px for the Fashion-MNIST net, 224 for VGG), the size its
     * classifier was trained at and the only one a fully connected head accepts.
     */
    public NDArray logits() {
        if (logits == null) {
            int side = net.preprocessing().inputSize();
            NDArray sized = seen.getShape().get(2) == side && seen.getShape().get(3) == side
                    ? seen : ImageFilters.resize(seen, side, side);
            logits = net.logits(input.apply(sized));
        }
        return logits;
    }

    /**
     * A target feature map (made from an unjittered picture) rolled by this evaluation's
     * jitter, scaled to the map's resolution and rounded to whole cells, so that a term
     * comparing position by position compares the same places.
     */
    public NDArray aligned(NDArray target) {
        long mapHeight = target.getShape().get(2);
        long mapWidth = target.getShape().get(3);
        int cellsDown = (int) Math.round(down * (double) mapHeight / image.getShape().get(2));
        int cellsRight = (int) Math.round(right * (double) mapWidth / image.getShape().get(3));
        return ImageFilters.roll(target, cellsDown, cellsRight);
    }

    public FeatureNet net() {
        return net;
    }

    /** Constants and weights on the device (see {@link DeviceScalars}). */
    public DeviceScalars scalars() {
        return scalars;
    }
}
