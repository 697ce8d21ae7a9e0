package org.deepcanvas.nn.layers;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.pooling.Pool;
import java.util.List;
import java.util.Map;

/** Max pooling with a square window whose stride equals its size (2 halves the image). */
public record MaxPoolLayer(String name, int size) implements Layer {
    @Override
    public String describe() {
        return "max pool " + size + "x" + size;
    }

    @Override
    public List<ParamSpec> params() {
        return List.of();
    }

    @Override
    public Shape outputShape(Shape input) {
        return new Shape(input.get(0), input.get(1), input.get(2) / size, input.get(3) / size);
    }

    @Override
    public NDArray apply(NDArray x, Map<String, NDArray> weights) {
        Shape window = new Shape(size, size);
        return Pool.maxPool2d(x, window, window, new Shape(0, 0), false);
    }
}
