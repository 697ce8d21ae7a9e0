package org.deepcanvas.lab.paint;

import java.util.List;
import org.deepcanvas.image.ArgbImage;

/**
 * The painter's training table, one row per pixel of every image: inputs are the z-scored
 * (row, column) and, with several images, the z-scored image index; targets are the
 * pixel's colour, in [0, 1] for one image and in [-1, 1] (for a tanh output) for several.
 */
final class PaintingData {
    static final int MAX_IMAGES = 100;
    static final int CHANNELS = 3;

    private final int width;
    private final int height;
    private final int imageCount;
    private final float[] inputs;
    private final float[] colours;

    private PaintingData(int width, int height, int imageCount) {
        this.width = width;
        this.height = height;
        this.imageCount = imageCount;
        this.inputs = new float[rows() * inputWidth()];
        this.colours = new float[rows() * CHANNELS];
    }

    static PaintingData of(List<ArgbImage> images) {
        if (images.isEmpty() || images.size() > MAX_IMAGES) {
            throw new IllegalArgumentException(
                    "pixel painting needs 1 to " + MAX_IMAGES + " images, got " + images.size());
        }
        ArgbImage first = images.get(0);
        for (ArgbImage image : images) {
            if (image.width() != first.width() || image.height() != first.height()) {
                throw new IllegalArgumentException("all images must have the same size: "
                        + first.width() + "x" + first.height() + " and " + image.width() + "x" + image.height());
            }
        }
        PaintingData data = new PaintingData(first.width(), first.height(), images.size());
        int pixels = data.pixelsPerImage();
        for (int i = 0; i < images.size(); i++) {
            data.writeInputs(i, data.inputs, i * pixels * data.inputWidth());
            data.writeColours(images.get(i), data.colours, i * pixels * CHANNELS);
        }
        return data;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    int imageCount() {
        return imageCount;
    }

    int rows() {
        return imageCount * pixelsPerImage();
    }

    int pixelsPerImage() {
        return width * height;
    }

    /** Several images are painted by one network that also takes the image index. */
    boolean manyImages() {
        return imageCount > 1;
    }

    int inputWidth() {
        return manyImages() ? 3 : 2;
    }

    float[] inputs() {
        return inputs;
    }

    float[] colours() {
        return colours;
    }

    /** The inputs of one whole image at a possibly fractional index (a latent walk). */
    float[] inputsAt(double index) {
        float[] row = new float[pixelsPerImage() * inputWidth()];
        writeInputs(index, row, 0);
        return row;
    }

    /** One image from network outputs: r, g, b for each of its pixels, row by row. */
    ArgbImage decode(float[] rgb) {
        int[] pixels = new int[pixelsPerImage()];
        for (int p = 0; p < pixels.length; p++) {
            int at = p * CHANNELS;
            pixels[p] = 0xff000000 | toByte(rgb[at]) << 16 | toByte(rgb[at + 1]) << 8 | toByte(rgb[at + 2]);
        }
        return new ArgbImage(width, height, pixels);
    }

    private void writeInputs(double index, float[] into, int offset) {
        float indexInput = (float) zScore(index, imageCount);
        int at = offset;
        for (int y = 0; y < height; y++) {
            float row = (float) zScore(y, height);
            for (int x = 0; x < width; x++) {
                into[at++] = row;
                into[at++] = (float) zScore(x, width);
                if (manyImages()) {
                    into[at++] = indexInput;
                }
            }
        }
    }

    private void writeColours(ArgbImage image, float[] into, int offset) {
        int at = offset;
        for (int argb : image.pixels()) {
            into[at++] = fromByte(argb >> 16 & 0xff);
            into[at++] = fromByte(argb >> 8 & 0xff);
            into[at++] = fromByte(argb & 0xff);
        }
    }

    private float fromByte(int value) {
        return manyImages() ? value / 127.5f - 1f : value / 255f;
    }

    private int toByte(float value) {
        float unit = manyImages() ? (value + 1f) / 2f : value;
        return Math.round(Math.min(1f, Math.max(0f, unit)) * 255f);
    }

    /** Position v of 0..n-1 standardised by the mean and deviation of all n positions. */
    private static double zScore(double v, int n) {
        double deviation = Math.sqrt((n * (double) n - 1) / 12.0);
        return n == 1 ? 0 : (v - (n - 1) / 2.0) / deviation;
    }
}
