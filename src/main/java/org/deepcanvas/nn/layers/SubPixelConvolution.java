package org.deepcanvas.nn.layers;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * A 3x3 convolution (stride 1, padding 1) of an image that was first upsampled 2x by nearest
 * neighbour, computed without making the upsampled image. Each output pixel of the big image
 * sees, through the upsampling, only the small image's pixels next to its source pixel, so the
 * four output pixels that share a source pixel (its four "phases") are four 3x3 convolutions
 * of the small image, whose taps are sums of the original taps. One convolution with 4x the
 * filters at a quarter of the pixels computes them, and a reshuffle interleaves them.
 *
 * <p>Same result and gradients as upsample-then-convolve, up to rounding; it reads a quarter of
 * the pixels and skips the upsampling and its backward pass (which on the CPU cost more than
 * the convolution itself at 28x28). The decoder's last level, whose one filter the CPU
 * guard pads to 16 at full size, gets the largest gain: its 4 phase filters are padded at a
 * quarter of the size instead.
 */
public final class SubPixelConvolution {
    private static final int KERNEL = 3;
    private static final int PHASES = 2;
    private static final Shape ONE = new Shape(1, 1);

    private SubPixelConvolution() {}

    /**
     * The constant that turns a 3x3 kernel into its four phase kernels, (9, 36): entry
     * [(ky, kx), (a, b, j, l)] is 1 when tap (ky, kx) of the big image's kernel falls on tap
     * (j, l) of the small image's kernel for phase (a, b). Along one axis, phase 0 (even rows)
     * takes the row above with tap 0 and its own row with taps 1 and 2; phase 1 (odd rows) takes
     * its own row with taps 0 and 1 and the row below with tap 2. Make it once per device.
     */
    public static NDArray phaseTaps(NDManager manager) {
        int taps = KERNEL * KERNEL;
        int phaseTaps = PHASES * PHASES * taps;
        float[] matrix = new float[taps * phaseTaps];
        for (int ky = 0; ky < KERNEL; ky++) {
            for (int kx = 0; kx < KERNEL; kx++) {
                for (int a = 0; a < PHASES; a++) {
                    for (int b = 0; b < PHASES; b++) {
                        int column = ((a * PHASES + b) * KERNEL + smallTap(a, ky)) * KERNEL + smallTap(b, kx);
                        matrix[(ky * KERNEL + kx) * phaseTaps + column] = 1f;
                    }
                }
            }
        }
        return manager.create(matrix, new Shape(taps, phaseTaps));
    }

    /**
     * Convolves the nearest-neighbour 2x upsampling of {@code x} (N, C, h, w) with a 3x3
     * {@code weight} (O, C, 3, 3) and optional {@code bias} (O), padding 1: (N, O, 2h, 2w).
     *
     * @param phaseTaps {@link #phaseTaps} on x's device
     */
    public static NDArray conv2dAfterNearest2x(NDArray x, NDArray weight, NDArray bias, NDArray phaseTaps) {
        Shape shape = weight.getShape();
        long filters = shape.get(0);
        long channels = shape.get(1);
        if (shape.get(2) != KERNEL || shape.get(3) != KERNEL) {
            throw new IllegalArgumentException("the sub-pixel form needs a 3x3 kernel, got " + shape);
        }
        long phases = PHASES * PHASES;
        // (O*C, 9) x (9, 36) -> (O, C, a, b, j, l) -> filters ordered (O, a, b): (4O, C, 3, 3)
        NDArray phaseWeight = weight.reshape(filters * channels, KERNEL * KERNEL).matMul(phaseTaps)
                .reshape(filters, channels, PHASES, PHASES, KERNEL, KERNEL)
                .transpose(0, 2, 3, 1, 4, 5)
                .reshape(filters * phases, channels, KERNEL, KERNEL);
        NDArray phaseBias = bias == null ? null
                : bias.reshape(filters, 1).broadcast(filters, phases).reshape(filters * phases);
        NDArray out = CpuSafeConvolution.conv2d(x, phaseWeight, phaseBias, ONE, ONE);
        long n = x.getShape().get(0);
        long h = x.getShape().get(2);
        long w = x.getShape().get(3);
        // (N, O, a, b, h, w) -> (N, O, h, a, w, b): row 2i + a, column 2j + b
        return out.reshape(n, filters, PHASES, PHASES, h, w)
                .transpose(0, 1, 4, 2, 5, 3)
                .reshape(n, filters, PHASES * h, PHASES * w);
    }

    /** Which tap of the small image's kernel big-image tap {@code k} falls on, for a phase. */
    private static int smallTap(int phase, int k) {
        // big row 2i + phase + (k - 1) comes from small row floor of half of it: i - 1, i or i + 1
        return Math.floorDiv(phase + k - 1, PHASES) + 1;
    }
}
