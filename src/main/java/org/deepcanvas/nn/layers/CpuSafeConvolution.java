package org.deepcanvas.nn.layers;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;

/**
 * 2-D convolution with a guard against a defect of libtorch 2.7.1's CPU backend (oneDNN
 * 3.7.1): when a convolution has a number of filters that is not a multiple of 16, the
 * gradient it passes back to its input can be wrong, and now and then NaN (NaN in 3 of 400
 * steps for 1 filter, 13 of 400 for 3, on AVX-512 and AVX2 code paths alike; the forward
 * pass and the weight gradient are right). oneDNN pads the filters to blocks of 16 and reads
 * padding it never initialised, so the result depends on what the memory held before. An
 * autoencoder's 1- or 3-channel output layer hit it within 60 steps and all its weights
 * turned NaN. Padding the filters with real zeros here, then dropping the extra outputs,
 * costs the same arithmetic (oneDNN computes 16 anyway) and leaves nothing uninitialised.
 * Other devices do not share the defect, so their weights pass through untouched.
 */
public final class CpuSafeConvolution {
    /** oneDNN's filter block on AVX-512 (AVX2 uses 8, which 16 also covers). */
    static final int FILTER_BLOCK = 16;

    private CpuSafeConvolution() {}

    /** Like {@link Conv2d#conv2d}, with the same gradients, and no NaN from the padding. */
    public static NDArray conv2d(NDArray x, NDArray weight, NDArray bias, Shape stride, Shape padding) {
        Shape dilation = new Shape(1, 1);
        long filters = weight.getShape().get(0);
        long padded = (filters + FILTER_BLOCK - 1) / FILTER_BLOCK * FILTER_BLOCK;
        if (padded == filters || !Device.Type.CPU.equals(x.getDevice().getDeviceType())) {
            return Conv2d.conv2d(x, weight, bias, stride, padding, dilation).singletonOrThrow();
        }
        NDManager manager = x.getManager();
        Shape shape = weight.getShape();
        NDArray zeroFilters = manager.zeros(new Shape(padded - filters, shape.get(1), shape.get(2), shape.get(3)),
                weight.getDataType());
        NDArray paddedWeight = NDArrays.concat(new NDList(weight, zeroFilters), 0);
        NDArray paddedBias = bias == null ? null
                : NDArrays.concat(new NDList(bias, manager.zeros(new Shape(padded - filters), bias.getDataType())), 0);
        NDArray out = Conv2d.conv2d(x, paddedWeight, paddedBias, stride, padding, dilation).singletonOrThrow();
        NDArray real = out.get(":, 0:" + filters);
        out.close(); // the slice holds the memory now, so it goes when the caller lets the slice go
        return real;
    }
}
