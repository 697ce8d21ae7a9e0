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
 * A feature network built in DeepCanvas from an {@link Architecture} and bound weights:
 * it knows its layers before running and stops computing after the deepest tap.
 */
public final class LayeredNet implements FeatureNet {
    private final Architecture architecture;
    private final Map<String, NDArray> weights;
    private final NDManager manager;

    /** Use {@link WeightBinder#bind} or the embedded networks' factories to make one. */
    LayeredNet(Architecture architecture, Map<String, NDArray> weights, NDManager manager) {
        this.architecture = architecture;
        this.weights = Collections.unmodifiableMap(weights);
        this.manager = manager;
    }

    @Override
    public String displayName() {
        return architecture.displayName();
    }

    @Override
    public List<String> dreamLayers() {
        return architecture.dreamLayers();
    }

    @Override
    public List<String> styleLayers() {
        return architecture.styleLayers();
    }

    @Override
    public String contentLayer() {
        return architecture.contentLayer();
    }

    public Architecture architecture() {
        return architecture;
    }

    @Override
    public Preprocessing preprocessing() {
        return architecture.preprocessing();
    }

    @Override
    public List<String> layerNames() {
        return architecture.layers().stream().map(Layer::name).toList();
    }

    @Override
    public boolean hasClassifier() {
        return architecture.hasClassifier();
    }

    @Override
    public List<String> labels() {
        return architecture.labels();
    }

    /** The weights by name, e.g. "features.0.weight", for training or export. */
    public Map<String, NDArray> weights() {
        return weights;
    }

    /**
     * Computes nothing past the deepest requested layer, and frees each layer's output once
     * the next layer has read it, unless it is the caller's image or a tap: autograd keeps
     * its own reference to what backward needs, and without this a VGG step held every
     * pre-activation until its scope closed.
     */
    @Override
    public Map<String, NDArray> forward(NDArray image, Collection<String> taps) {
        if (taps.isEmpty()) {
            throw new IllegalArgumentException("name at least one layer to read");
        }
        int deepest = -1;
        for (String tap : taps) {
            deepest = Math.max(deepest, indexOf(tap));
        }
        architecture.shapesThrough(image.getShape(), deepest);
        Map<String, NDArray> activations = new LinkedHashMap<>();
        NDArray x = image;
        boolean keep = true;
        for (int i = 0; i <= deepest; i++) {
            Layer layer = architecture.layers().get(i);
            NDArray previous = x;
            x = layer.apply(x, weights);
            if (!keep && previous != x) {
                previous.close();
            }
            boolean tapped = taps.contains(layer.name());
            if (tapped) {
                activations.put(layer.name(), x);
            }
            // a layer that hands back its input keeps it as held as it was
            keep = tapped || (previous == x && keep);
        }
        return activations;
    }

    /** Spatial score maps of a convolutional head (VGG's) are averaged. */
    @Override
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
        return architecture.layerShapes(height, width);
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
