package org.deepcanvas.image;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-pixel, per-channel mean and standard deviation of equal-sized images (the course's
 * mean and std images). Values are RGB floats in 0..1, stored row by row with the three
 * channels of a pixel together (height x width x 3); alpha is ignored.
 */
public record ImageStatistics(int width, int height, int count, float[] mean, float[] std) {
    public static final int CHANNELS = 3;

    /** Computes the statistics of at least one image; all must have the same size. */
    public static ImageStatistics of(List<ArgbImage> images) {
        if (images.isEmpty()) {
            throw new IllegalArgumentException("statistics need at least one image");
        }
        int width = images.get(0).width();
        int height = images.get(0).height();
        double[] sum = new double[width * height * CHANNELS];
        double[] sumOfSquares = new double[sum.length];
        for (ArgbImage image : images) {
            if (image.width() != width || image.height() != height) {
                throw new IllegalArgumentException("all images must be " + width + "x" + height
                        + ", found " + image.width() + "x" + image.height());
            }
            float[] values = rgb(image);
            for (int i = 0; i < values.length; i++) {
                sum[i] += values[i];
                sumOfSquares[i] += (double) values[i] * values[i];
            }
        }
        int n = images.size();
        float[] mean = new float[sum.length];
        float[] std = new float[sum.length];
        for (int i = 0; i < sum.length; i++) {
            double m = sum[i] / n;
            mean[i] = (float) m;
            std[i] = (float) Math.sqrt(Math.max(0, sumOfSquares[i] / n - m * m));
        }
        return new ImageStatistics(width, height, n, mean, std);
    }

    /** An image's RGB values in 0..1, laid out like {@link #mean()}. */
    public static float[] rgb(ArgbImage image) {
        int[] pixels = image.pixels();
        float[] values = new float[pixels.length * CHANNELS];
        for (int i = 0; i < pixels.length; i++) {
            values[i * CHANNELS] = ((pixels[i] >> 16) & 0xFF) / 255f;
            values[i * CHANNELS + 1] = ((pixels[i] >> 8) & 0xFF) / 255f;
            values[i * CHANNELS + 2] = (pixels[i] & 0xFF) / 255f;
        }
        return values;
    }

    /** The mean image, for display. */
    public ArgbImage meanImage() {
        return toImage(mean, 0f, 1f);
    }

    /** The standard-deviation image, scaled so that its largest value shows as full white (all black if none varies). */
    public ArgbImage stdImage() {
        float max = 0f;
        for (float s : std) {
            max = Math.max(max, s);
        }
        return toImage(std, 0f, max > 0f ? max : 1f);
    }

    /** (x - mean) / std for one image; 0 where every image has the same value (std 0). */
    public float[] normalise(ArgbImage image) {
        float[] values = rgb(image);
        if (values.length != mean.length) {
            throw new IllegalArgumentException("expected a " + width + "x" + height + " image, got "
                    + image.width() + "x" + image.height());
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = std[i] > 0f ? (values[i] - mean[i]) / std[i] : 0f;
        }
        return values;
    }

    /**
     * Each image normalised, then all shown on one shared scale from their lowest to their
     * highest value. Normalises twice (once for the range, once to draw) rather than hold
     * every image as floats.
     */
    public List<ArgbImage> normalisedImages(List<ArgbImage> images) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (ArgbImage image : images) {
            for (float v : normalise(image)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        List<ArgbImage> shown = new ArrayList<>(images.size());
        for (ArgbImage image : images) {
            shown.add(toImage(normalise(image), min, max));
        }
        return shown;
    }

    /** Maps low..high to 0..255 per channel; a flat range shows as mid grey. */
    private ArgbImage toImage(float[] values, float low, float high) {
        float range = high - low;
        int[] pixels = new int[width * height];
        for (int i = 0; i < pixels.length; i++) {
            int r = toByte(values[i * CHANNELS], low, range);
            int g = toByte(values[i * CHANNELS + 1], low, range);
            int b = toByte(values[i * CHANNELS + 2], low, range);
            pixels[i] = 0xFF000000 | r << 16 | g << 8 | b;
        }
        return new ArgbImage(width, height, pixels);
    }

    private static int toByte(float value, float low, float range) {
        if (range <= 0f) {
            return 128;
        }
        return Math.max(0, Math.min(255, Math.round((value - low) / range * 255f)));
    }
}
