package org.deepcanvas.lab.imageopt;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.deepcanvas.nn.layers.CpuSafeConvolution;
import org.deepcanvas.runtime.HostRead;

/**
 * The multiply-adds per second a device does in an image step's convolutions, measured
 * with one VGG-like layer (64 to 64 channels, 3x3, 64 x 64 px) forward and back to its
 * input, the work {@link MemoryEstimate#multiplyAddsPerStep} counts. It takes a few tens of
 * milliseconds on a CPU thread; call it on the compute thread, between steps, with the
 * thread count the job will run with. Shallow layers on three input channels and large
 * kernels run slower than this, so a time from it is a lower bound of the order to expect.
 */
public final class ConvolutionSpeed {
    private static final int CHANNELS = 64;
    private static final int SIDE = 64;
    private static final int KERNEL = 3;
    private static final int TIMED_ROUNDS = 3;

    private ConvolutionSpeed() {}

    /** Best of a few timed rounds after one to warm up. */
    public static double multiplyAddsPerSecond(NDManager parent) {
        try (NDManager manager = parent.newSubManager()) {
            // constant values: the speed does not depend on them, and the engine's random generator stays untouched
            NDArray input = manager.ones(new Shape(1, CHANNELS, SIDE, SIDE));
            NDArray weight = manager.full(new Shape(CHANNELS, CHANNELS, KERNEL, KERNEL), 0.01f);
            NDArray bias = manager.zeros(new Shape(CHANNELS));
            input.setRequiresGradient(true);
            long best = Long.MAX_VALUE;
            for (int round = 0; round <= TIMED_ROUNDS; round++) {
                long began = System.nanoTime();
                try (NDManager step = manager.newSubManager()) {
                    try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
                        NDArray output = CpuSafeConvolution.conv2d(input, weight, bias, new Shape(1, 1),
                                new Shape(KERNEL / 2, KERNEL / 2));
                        collector.backward(output.sum());
                    }
                    HostRead.scalar(input.getGradient().get(0, 0, 0, 0)); // waits for the device to finish
                }
                if (round > 0) {
                    best = Math.min(best, System.nanoTime() - began);
                }
            }
            double multiplyAdds = 2.0 * CHANNELS * CHANNELS * KERNEL * KERNEL * SIDE * SIDE;
            return multiplyAdds / (best / 1e9);
        }
    }
}
