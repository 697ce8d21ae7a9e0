package org.deepcanvas.lab.guide;

/** A layer whose features should look like the guide's, with its weight. */
public record GuideLayer(String layer, double weight) {
    public GuideLayer {
        if (layer == null || layer.isBlank()) {
            throw new IllegalArgumentException("a guide layer needs a name");
        }
        if (!Double.isFinite(weight)) {
            throw new IllegalArgumentException(layer + ": weight must be a finite number, not " + weight);
        }
    }
}
