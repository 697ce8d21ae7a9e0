package org.deepcanvas.nn.layers;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Several "same"-padded convolutions of different kernel sizes applied to the same input,
 * their outputs stacked along the channel axis: one layer that sees structure at 3 px and
 * at 11 px at once (the shape of the random shallow texture networks of Ustyuzhaninov et
 * al., 2016). Weights: {@code prefix.kK.weight} / {@code prefix.kK.bias} per kernel size K.
 */
public record MultiScaleConvLayer(String name, String prefix, int inChannels, int filtersPerScale,
                                  List<Integer> kernels) implements Layer {
    public MultiScaleConvLayer {
        kernels = List.copyOf(kernels);
        if (kernels.stream().anyMatch(k -> k % 2 == 0)) {
            throw new IllegalArgumentException("kernel sizes must be odd: " + kernels);
        }
    }

    @Override
    public String describe() {
        return "multi-scale conv " + kernels + " px, " + filtersPerScale + " filters each";
    }

    @Override
    public List<ParamSpec> params() {
        List<ParamSpec> specs = new ArrayList<>();
        for (int k : kernels) {
            specs.add(ParamSpec.of(key(k, "weight"), new Shape(filtersPerScale, inChannels, k, k)));
            specs.add(ParamSpec.of(key(k, "bias"), new Shape(filtersPerScale)));
        }
        return specs;
    }

    @Override
    public Shape outputShape(Shape input) {
        if (input.dimension() != 4 || input.get(1) != inChannels) {
            throw new IllegalArgumentException(name + " expects " + inChannels + " input channels, got shape " + input);
        }
        return new Shape(input.get(0), (long) filtersPerScale * kernels.size(), input.get(2), input.get(3));
    }

    @Override
    public NDArray apply(NDArray x, Map<String, NDArray> weights) {
        NDList outputs = new NDList(kernels.size());
        for (int k : kernels) {
            outputs.add(ConvLayer.convolve(x, weights.get(key(k, "weight")), weights.get(key(k, "bias")), k / 2));
        }
        NDArray joined = NDArrays.concat(outputs, 1);
        outputs.close(); // the concatenation's backward needs none of them
        return joined;
    }

    private String key(int kernel, String kind) {
        return prefix + ".k" + kernel + "." + kind;
    }
}
