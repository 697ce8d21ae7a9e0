package org.deepcanvas.nn.layers;

import ai.djl.ndarray.types.Shape;
import java.util.List;

/**
 * A weight a layer expects: its canonical (torchvision-style) name, its shape, and other
 * names under which weight files store the same numbers (timm's names, for instance),
 * possibly in another shape with the same element order, e.g. a fully connected layer
 * stored as a 7x7 convolution.
 */
public record ParamSpec(String name, Shape shape, List<String> aliases) {
    public ParamSpec {
        aliases = List.copyOf(aliases);
    }

    public static ParamSpec of(String name, Shape shape) {
        return new ParamSpec(name, shape, List.of());
    }

    /** Number of float values this weight holds. */
    public long size() {
        return shape.size();
    }
}
