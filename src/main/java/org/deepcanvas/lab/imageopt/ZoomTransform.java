package org.deepcanvas.lab.imageopt;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;

/**
 * One frame of the fractal zoom on the device: each output pixel samples the image
 * bilinearly at its own position pulled towards the centre by the zoom factor and turned
 * by the rotation, clamped at the edges. The four source pixels and weights of every
 * output pixel are worked out once on the host per size, factor and angle; a frame is
 * then one gather, one multiply and one sum.
 */
final class ZoomTransform implements AutoCloseable {
    private static final int TAPS = 4;

    private final NDManager manager;
    private Key key;
    private NDArray indices;
    private NDArray weights;

    private record Key(int height, int width, float factor, float degrees) {}

    /** For every output pixel, the flat indices of its four source pixels and their weights. */
    record Sampling(long[] indices, float[] weights) {}

    ZoomTransform(NDManager manager) {
        this.manager = manager;
    }

    /** The image (1, C, H, W) zoomed by {@code factor} into its centre and turned by {@code degrees}. */
    NDArray apply(NDArray image, float factor, float degrees) {
        Shape shape = image.getShape();
        prepare(new Key((int) shape.get(2), (int) shape.get(3), factor, degrees));
        long pixels = shape.get(2) * shape.get(3);
        NDArray planes = image.reshape(shape.get(1), pixels);
        NDArray taps = planes.get(new NDIndex(":, {}", indices)).reshape(shape.get(1), TAPS, pixels);
        return taps.mul(weights).sum(new int[] {1}).reshape(shape);
    }

    /**
     * Where each output pixel samples: position p reads centre + R(degrees)(p - centre) / factor,
     * so a factor above 1 enlarges the middle and a positive angle turns the picture
     * counter-clockwise on screen (y grows downwards).
     */
    static Sampling sampling(int height, int width, float factor, float degrees) {
        int pixels = height * width;
        long[] indices = new long[TAPS * pixels];
        float[] weights = new float[TAPS * pixels];
        double centreX = (width - 1) / 2.0;
        double centreY = (height - 1) / 2.0;
        double radians = Math.toRadians(degrees);
        double cos = Math.cos(radians) / factor;
        double sin = Math.sin(radians) / factor;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double u = x - centreX;
                double v = y - centreY;
                double sourceX = clamp(centreX + cos * u - sin * v, width - 1);
                double sourceY = clamp(centreY + sin * u + cos * v, height - 1);
                int x0 = (int) Math.floor(sourceX);
                int y0 = (int) Math.floor(sourceY);
                int x1 = Math.min(x0 + 1, width - 1);
                int y1 = Math.min(y0 + 1, height - 1);
                float fx = (float) (sourceX - x0);
                float fy = (float) (sourceY - y0);
                int p = y * width + x;
                put(indices, weights, 0, pixels, p, (long) y0 * width + x0, (1 - fx) * (1 - fy));
                put(indices, weights, 1, pixels, p, (long) y0 * width + x1, fx * (1 - fy));
                put(indices, weights, 2, pixels, p, (long) y1 * width + x0, (1 - fx) * fy);
                put(indices, weights, 3, pixels, p, (long) y1 * width + x1, fx * fy);
            }
        }
        return new Sampling(indices, weights);
    }

    private static void put(long[] indices, float[] weights, int tap, int pixels, int p, long source, float weight) {
        indices[tap * pixels + p] = source;
        weights[tap * pixels + p] = weight;
    }

    private static double clamp(double value, int max) {
        return Math.max(0, Math.min(max, value));
    }

    private void prepare(Key next) {
        if (next.equals(key)) {
            return;
        }
        close();
        Sampling sampling = sampling(next.height(), next.width(), next.factor(), next.degrees());
        long pixels = (long) next.height() * next.width();
        indices = manager.create(sampling.indices());
        weights = manager.create(sampling.weights(), new Shape(1, TAPS, pixels));
        NDScope.unregister(indices, weights);
        key = next;
    }

    @Override
    public void close() {
        if (indices != null) {
            indices.close();
            weights.close();
        }
        indices = null;
        weights = null;
        key = null;
    }
}
