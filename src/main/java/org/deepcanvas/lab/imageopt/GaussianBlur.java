package org.deepcanvas.lab.imageopt;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import org.deepcanvas.nn.layers.CpuSafeConvolution;

/**
 * A Gaussian blur of images (1, C, H, W) on the device: two one-dimensional passes, each
 * channel on its own (a convolution whose filters are zero across channels: unlike a
 * grouped one it goes through {@link CpuSafeConvolution}, and unlike one plane at a time it
 * does not pad one filter to sixteen), divided at the borders by the share of the kernel that fell inside
 * the image (so edges are not darkened the way zero padding would darken them). The
 * kernel and the border weights are made once per sigma and image size.
 */
final class GaussianBlur implements AutoCloseable {
    private final NDManager manager;
    private float sigma = Float.NaN;
    private Shape shape;
    private NDArray vertical;
    private NDArray horizontal;
    private NDArray borderWeights;

    GaussianBlur(NDManager manager) {
        this.manager = manager;
    }

    /** The image blurred by a Gaussian of standard deviation {@code sigma} pixels (0 returns it unchanged). */
    NDArray apply(NDArray image, float sigma) {
        if (sigma <= 0) {
            return image;
        }
        prepare(sigma, image.getShape());
        int radius = radius(sigma);
        NDArray down = CpuSafeConvolution.conv2d(image, vertical, null, new Shape(1, 1), new Shape(radius, 0));
        NDArray across = CpuSafeConvolution.conv2d(down, horizontal, null, new Shape(1, 1), new Shape(0, radius));
        return across.div(borderWeights);
    }

    static int radius(float sigma) {
        return Math.max(1, (int) Math.ceil(3 * sigma));
    }

    /** Normalised Gaussian taps, from -radius to +radius. */
    static float[] kernel(float sigma) {
        int radius = radius(sigma);
        float[] taps = new float[2 * radius + 1];
        double sum = 0;
        for (int i = -radius; i <= radius; i++) {
            double value = Math.exp(-0.5 * i * i / (sigma * (double) sigma));
            taps[i + radius] = (float) value;
            sum += value;
        }
        for (int i = 0; i < taps.length; i++) {
            taps[i] /= (float) sum;
        }
        return taps;
    }

    /** For each position along an axis of {@code length}, the kernel weight that lands inside the image. */
    static float[] inside(float[] kernel, int length) {
        int radius = kernel.length / 2;
        float[] weights = new float[length];
        for (int i = 0; i < length; i++) {
            for (int t = -radius; t <= radius; t++) {
                if (i + t >= 0 && i + t < length) {
                    weights[i] += kernel[t + radius];
                }
            }
        }
        return weights;
    }

    private void prepare(float nextSigma, Shape nextShape) {
        if (nextSigma == sigma && nextShape.equals(shape)) {
            return;
        }
        close();
        float[] taps = kernel(nextSigma);
        int height = (int) nextShape.get(2);
        int width = (int) nextShape.get(3);
        float[] rows = inside(taps, height);
        float[] columns = inside(taps, width);
        float[] border = new float[height * width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                border[y * width + x] = rows[y] * columns[x];
            }
        }
        int channels = (int) nextShape.get(1);
        float[] perChannel = new float[channels * channels * taps.length];
        for (int c = 0; c < channels; c++) {
            System.arraycopy(taps, 0, perChannel, (c * channels + c) * taps.length, taps.length);
        }
        vertical = manager.create(perChannel, new Shape(channels, channels, taps.length, 1));
        horizontal = manager.create(perChannel, new Shape(channels, channels, 1, taps.length));
        borderWeights = manager.create(border, new Shape(1, 1, height, width));
        NDScope.unregister(vertical, horizontal, borderWeights);
        sigma = nextSigma;
        shape = nextShape;
    }

    @Override
    public void close() {
        for (NDArray array : new NDArray[] {vertical, horizontal, borderWeights}) {
            if (array != null) {
                array.close();
            }
        }
        vertical = null;
        horizontal = null;
        borderWeights = null;
        sigma = Float.NaN;
    }
}
