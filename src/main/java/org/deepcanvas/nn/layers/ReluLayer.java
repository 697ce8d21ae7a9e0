package org.deepcanvas.nn.layers;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import java.util.List;
import java.util.Map;

/** Rectified linear unit. */
public record ReluLayer(String name) implements Layer {
    @Override
    public String describe() {
        return "ReLU";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of();
    }

    @Override
    public Shape outputShape(Shape input) {
        return input;
    }

    @Override
    public NDArray apply(NDArray x, Map<String, NDArray> weights) {
        return Activation.relu(x);
    }
}
