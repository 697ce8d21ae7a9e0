package org.deepcanvas.nn.layers;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import java.util.List;
import java.util.Map;

/** A fully connected layer; flattens (N, C, H, W) inputs to (N, C*H*W) first, as torch's Flatten. */
public record LinearLayer(String name, String prefix, int inFeatures, int outFeatures) implements Layer {
    @Override
    public String describe() {
        return "fully connected, " + outFeatures + " units";
    }

    @Override
    public List<ParamSpec> params() {
        return List.of(
                ParamSpec.of(prefix + ".weight", new Shape(outFeatures, inFeatures)),
                ParamSpec.of(prefix + ".bias", new Shape(outFeatures)));
    }

    @Override
    public Shape outputShape(Shape input) {
        long features = input.size() / input.get(0);
        if (features != inFeatures) {
            throw new IllegalArgumentException(name + " expects " + inFeatures + " input features but gets "
                    + features + " (" + input + "); the input image has the wrong size for this network");
        }
        return new Shape(input.get(0), outFeatures);
    }

    @Override
    public NDArray apply(NDArray x, Map<String, NDArray> weights) {
        NDArray flat = x.getShape().dimension() == 2 ? x : x.reshape(x.getShape().get(0), -1);
        return Linear.linear(flat, weights.get(prefix + ".weight"), weights.get(prefix + ".bias"))
                .singletonOrThrow();
    }
}
