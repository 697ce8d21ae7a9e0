package org.deepcanvas.nn;

import ai.djl.ndarray.types.Shape;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deepcanvas.nn.layers.Layer;

/**
 * The shape of a feature network, independent of any weights: its ordered layers, where
 * the classifier begins (if it has one), its class labels and the layers that work well
 * by default for dreaming and for style.
 *
 * @param classifierStart index of the first classifier layer; {@code layers.size()} when none
 * @param labels class names in logit order; empty when there is no classifier
 */
public record Architecture(String id, String displayName, Preprocessing preprocessing, List<Layer> layers,
                           int classifierStart, List<String> labels,
                           List<String> dreamLayers, List<String> styleLayers, String contentLayer) {
    public Architecture {
        layers = List.copyOf(layers);
        labels = List.copyOf(labels);
        dreamLayers = List.copyOf(dreamLayers);
        styleLayers = List.copyOf(styleLayers);
        Set<String> names = new HashSet<>();
        for (Layer layer : layers) {
            if (!names.add(layer.name())) {
                throw new IllegalArgumentException("duplicate layer name " + layer.name());
            }
        }
        if (classifierStart < 0 || classifierStart > layers.size()) {
            throw new IllegalArgumentException("classifierStart out of range: " + classifierStart);
        }
    }

    public boolean hasClassifier() {
        return classifierStart < layers.size();
    }

    /** The same network cut before its classifier, for weight files that hold only the features. */
    public Architecture featuresOnly() {
        return new Architecture(id, displayName, preprocessing, layers.subList(0, classifierStart),
                classifierStart, List.of(), dreamLayers, styleLayers, contentLayer);
    }

    /** The output shape of every layer for one image of the given size, without computing anything. */
    public Map<String, Shape> layerShapes(int height, int width) {
        return shapesThrough(new Shape(1, preprocessing.channels(), height, width), layers.size() - 1);
    }

    /** Layer output shapes up to layer {@code last}; a message names the layer an input is wrong for. */
    Map<String, Shape> shapesThrough(Shape input, int last) {
        if (input.dimension() != 4) {
            throw new IllegalArgumentException("expected a batch of images (N, C, H, W), got shape " + input);
        }
        Map<String, Shape> shapes = new LinkedHashMap<>();
        Shape shape = input;
        for (Layer layer : layers.subList(0, last + 1)) {
            shape = layer.outputShape(shape);
            for (long dimension : shape.getShape()) {
                if (dimension <= 0) {
                    throw new IllegalArgumentException(input.get(2) + "x" + input.get(3) + " is too small for "
                            + displayName + ": layer " + layer.name() + " would be empty");
                }
            }
            shapes.put(layer.name(), shape);
        }
        return shapes;
    }
}
