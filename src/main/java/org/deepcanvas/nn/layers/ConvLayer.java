package org.deepcanvas.nn.layers;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.Map;

/**
 * A 2-D convolution, stride 1, zero padding {@code padding}, reading {@code prefix.weight}
 * (out, in, k, k) and {@code prefix.bias} (out). {@code aliasPrefix}, when not null, is
 * another name of the same weights (timm stores VGG's first classifier layer as
 * pre_logits.fc1, torchvision as a linear classifier.0 of the same numbers).
 */
public record ConvLayer(String name, String prefix, String aliasPrefix,
                        int inChannels, int outChannels, int kernel, int padding) implements Layer {

    public static ConvLayer same(String name, String prefix, int in, int out, int kernel) {
        return new ConvLayer(name, prefix, null, in, out, kernel, kernel / 2);
    }

    @Override
    public String describe() {
        return "conv " + kernel + "x" + kernel + ", " + outChannels + " filters";
    }

    @Override
    public List<ParamSpec> params() {
        List<String> weightAliases = aliasPrefix == null ? List.of() : List.of(aliasPrefix + ".weight");
        List<String> biasAliases = aliasPrefix == null ? List.of() : List.of(aliasPrefix + ".bias");
        return List.of(
                new ParamSpec(prefix + ".weight", new Shape(outChannels, inChannels, kernel, kernel), weightAliases),
                new ParamSpec(prefix + ".bias", new Shape(outChannels), biasAliases));
    }

    @Override
    public Shape outputShape(Shape input) {
        if (input.dimension() != 4 || input.get(1) != inChannels) {
            throw new IllegalArgumentException(name + " expects " + inChannels + " input channels, got shape " + input);
        }
        long h = Math.max(0, input.get(2) + 2L * padding - kernel + 1);
        long w = Math.max(0, input.get(3) + 2L * padding - kernel + 1);
        return new Shape(input.get(0), outChannels, h, w);
    }

    @Override
    public NDArray apply(NDArray x, Map<String, NDArray> weights) {
        return convolve(x, weights.get(prefix + ".weight"), weights.get(prefix + ".bias"), padding);
    }

    static NDArray convolve(NDArray x, NDArray weight, NDArray bias, int padding) {
        return CpuSafeConvolution.conv2d(x, weight, bias, new Shape(1, 1), new Shape(padding, padding));
    }
}
