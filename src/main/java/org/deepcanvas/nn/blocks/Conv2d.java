package org.deepcanvas.nn.blocks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.deepcanvas.nn.layers.CpuSafeConvolution;
import org.deepcanvas.nn.layers.SubPixelConvolution;

/**
 * DJL's 2-D convolution block computed through {@link CpuSafeConvolution}, so its input
 * gradient is never NaN on the CPU. It keeps DJL's class name on purpose: a
 * {@code SequentialBlock} names its children after their class ("11Conv2d_weight"), and
 * saved models store their weights under those names.
 */
public final class Conv2d extends ai.djl.nn.convolutional.Conv2d {
    private static final Shape ONE = new Shape(1, 1);
    private static final Shape THREE = new Shape(3, 3);

    /** {@link SubPixelConvolution#phaseTaps}, owned by the weights' manager, made at the first use. */
    private NDArray phaseTaps;

    private Conv2d(Builder builder) {
        super(builder);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray input = inputs.singletonOrThrow();
        NDArray weightArray = parameterStore.getValue(weight, input.getDevice(), training);
        NDArray biasArray = parameterStore.getValue(bias, input.getDevice(), training);
        return new NDList(CpuSafeConvolution.conv2d(input, weightArray, biasArray, stride, padding));
    }

    /** Whether {@link #forwardAfterNearest2x} applies: a 3x3 kernel, stride 1, padding 1, one group. */
    boolean fusesNearest2x() {
        return THREE.equals(kernelShape) && ONE.equals(stride) && ONE.equals(padding)
                && (dilation == null || ONE.equals(dilation)) && groups == 1;
    }

    /** This convolution of {@code input} upsampled 2x by nearest neighbour, without upsampling it. */
    NDArray forwardAfterNearest2x(ParameterStore parameterStore, NDArray input, boolean training) {
        NDArray weightArray = parameterStore.getValue(weight, input.getDevice(), training);
        NDArray biasArray = parameterStore.getValue(bias, input.getDevice(), training);
        if (phaseTaps == null) {
            phaseTaps = SubPixelConvolution.phaseTaps(weightArray.getManager());
            NDScope.unregister(phaseTaps);
        }
        return SubPixelConvolution.conv2dAfterNearest2x(input, weightArray, biasArray, phaseTaps);
    }

    /** Builds the guarded block; the options are DJL's. */
    public static final class Builder extends ai.djl.nn.convolutional.Conv2d.Builder {
        private Builder() {}

        @Override
        public Conv2d build() {
            validate();
            return new Conv2d(this);
        }
    }
}
