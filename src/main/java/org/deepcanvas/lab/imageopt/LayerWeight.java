package org.deepcanvas.lab.imageopt;

/** A layer an objective reads, with the weight of its part of a term. */
public record LayerWeight(String layer, double weight) {
    public LayerWeight {
        if (layer == null || layer.isBlank()) {
            throw new IllegalArgumentException("a layer weight needs a layer name");
        }
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException(layer + ": weight must be 0 or more, not " + weight);
        }
    }
}
