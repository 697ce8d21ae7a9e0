package org.deepcanvas.nn.layers;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.Map;

/**
 * One named, tappable step of a feature network (conv1_1, relu1_1, pool1 ...). Layers are
 * plain functions over NDArrays built on DJL's functional operators; their weights live in
 * the network's parameter map under torchvision/timm names, so gradients flow to the input
 * image as well as to the weights.
 */
public sealed interface Layer permits ConvLayer, MultiScaleConvLayer, LinearLayer, ReluLayer, MaxPoolLayer {

    /** The name users tap, e.g. "relu4_2". */
    String name();

    /** A short description for layer browsers, e.g. "conv 3x3, 64 filters". */
    String describe();

    /** The weights this layer reads, with their expected shapes. */
    List<ParamSpec> params();

    /** The output shape (N, C, H, W or N, F) for an input shape, without computing anything. */
    Shape outputShape(Shape input);

    /** Applies the layer to {@code x}, reading its weights from {@code weights}. */
    NDArray apply(NDArray x, Map<String, NDArray> weights);
}
