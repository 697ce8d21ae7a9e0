package org.deepcanvas.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deepcanvas.nn.layers.Layer;

/**
 * A network with named, tappable layers and bound weights. Call it only from the thread
 * that owns its NDManager (the compute thread in the app); everything it returns lives on
 * the device of that manager, and gradients flow back to the input image.
 *
 * <p>Inputs are batches (N, C, H, W) already passed through {@link #preprocessing()}.
 */
public final class FeatureNet implements AutoCloseable {
    private final Architecture architecture;
    private final Map<String, NDArray> weights;
    private final NDManager manager;

    /** Use {@link WeightBinder#bind} or the embedded networks' factories to make one. */
    FeatureNet(Architecture architecture, Map<String, NDArray> weights, NDManager manager) {
        this.architecture = architecture;
        this.weights = Collections.unmodifiableMap(weights);
        this.manager = manager;
    }

    public Architecture architecture() {
        return architecture;
    }

    public Preprocessing preprocessing() {
        return architecture.preprocessing();
    }

    public List<String> layerNames() {
        return architecture.layers().stream().map(Layer::name).toList();
    }

    public boolean hasClassifier() {
        return architecture.hasClassifier();
    }

    /** Class names in logit order; empty without a classifier. */
    public List<String> labels() {
        return architecture.labels();
    }

    /** The weights by name, e.g. "features.0.weight", for training or export. */
    public Map<String, NDArray> weights() {
        return weights;
    }

    /**
     * The activations of just the requested layers, in network order, computing nothing
     * past the deepest of them.
     */
    public Map<String, NDArray> forward(NDArray image, Collection<String> taps) {
        if (taps.isEmpty()) {
            throw new IllegalArgumentException("name at least one layer to read");
        }
        int deepest = -1;
        for (String tap : taps) {
            deepest = Math.max(deepest, indexOf(tap));
        }
        shapesThrough(architecture, image.getShape(), deepest);
        Map<String, NDArray> activations = new LinkedHashMap<>();
        NDArray x = image;
        for (int i = 0; i <= deepest; i++) {
            Layer layer = architecture.layers().get(i);
            x = layer.apply(x, weights);
            if (taps.contains(layer.name())) {
                activations.put(layer.name(), x);
            }
        }
        return activations;
    }

    /** Class scores (N, classes) before softmax; spatial maps of a convolutional head are averaged. */
    public NDArray logits(NDArray image) {
        if (!hasClassifier()) {
            throw new IllegalStateException(architecture.displayName() + " has no classifier");
        }
        String last = architecture.layers().get(architecture.layers().size() - 1).name();
        NDArray scores = forward(image, List.of(last)).get(last);
        if (scores.getShape().dimension() == 2) {
            return scores;
        }
        // PyTorch's mean in DJL reduces one axis at a time
        return scores.reshape(scores.getShape().get(0), scores.getShape().get(1), -1).mean(new int[] {2});
    }

    /** The output shape of every layer for one image of the given size, without computing. */
    public Map<String, Shape> layerShapes(int height, int width) {
        return layerShapes(architecture, height, width);
    }

    /** As {@link #layerShapes(int, int)}, for an architecture that has no weights yet. */
    public static Map<String, Shape> layerShapes(Architecture architecture, int height, int width) {
        Shape input = new Shape(1, architecture.preprocessing().channels(), height, width);
        return shapesThrough(architecture, input, architecture.layers().size() - 1);
    }

    /** Layer output shapes up to layer {@code last}; a message names the layer an input is wrong for. */
    private static Map<String, Shape> shapesThrough(Architecture architecture, Shape input, int last) {
        if (input.dimension() != 4) {
            throw new IllegalArgumentException("expected a batch of images (N, C, H, W), got shape " + input);
        }
        Map<String, Shape> shapes = new LinkedHashMap<>();
        Shape shape = input;
        for (Layer layer : architecture.layers().subList(0, last + 1)) {
            shape = layer.outputShape(shape);
            for (long dimension : shape.getShape()) {
                if (dimension <= 0) {
                    throw new IllegalArgumentException(input.get(2) + "x" + input.get(3) + " is too small for "
                            + architecture.displayName() + ": layer " + layer.name() + " would be empty");
                }
            }
            shapes.put(layer.name(), shape);
        }
        return shapes;
    }

    private int indexOf(String tap) {
        List<String> names = layerNames();
        int index = names.indexOf(tap);
        if (index < 0) {
            throw new IllegalArgumentException("no layer \"" + tap + "\" in " + architecture.displayName()
                    + "; its layers are " + String.join(", ", names));
        }
        return index;
    }

    @Override
    public void close() {
        manager.close();
    }
}
