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
            data.writeInputs(i, new Grid(data.width, data.height), data.inputs, i * pixels * data.inputWidth());
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

    /** The grid of one painting whose longer side is {@code longerSide} (aspect kept); the training size for 0. */
    Grid grid(int longerSide) {
        if (longerSide == 0) {
            return new Grid(width, height);
        }
        double scale = longerSide / (double) Math.max(width, height);
        return new Grid(Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale)));
    }

    /**
     * The grid of each painting in a frame of the given render size (PaintSettings.renderSize):
     * the whole frame for one image, a cell of the montage (1-pixel borders) for several.
     */
    Grid frameCell(int renderSize) {
        if (renderSize == 0 || !manyImages()) {
            return grid(renderSize);
        }
        int columns = (int) Math.ceil(Math.sqrt(imageCount));
        return grid(Math.max(1, (renderSize - 1) / columns - 1));
    }

    /** The inputs of one whole image at a possibly fractional index (a latent walk), on a grid. */
    float[] inputsAt(double index, Grid grid) {
        float[] row = new float[grid.pixels() * inputWidth()];
        writeInputs(index, grid, row, 0);
        return row;
    }

    /** One image from network outputs: r, g, b for each of its pixels, row by row. */
    ArgbImage decode(float[] rgb, Grid grid) {
        int[] pixels = new int[grid.pixels()];
        for (int p = 0; p < pixels.length; p++) {
            int at = p * CHANNELS;
            pixels[p] = 0xff000000 | toByte(rgb[at]) << 16 | toByte(rgb[at + 1]) << 8 | toByte(rgb[at + 2]);
        }
        return new ArgbImage(grid.width(), grid.height(), pixels);
    }

    /** A painting's pixel grid: the training size, or a render size. */
    record Grid(int width, int height) {
        int pixels() {
            return width * height;
        }
    }

    /**
     * Pixel centres of the grid mapped into the training image's coordinates, so a larger
     * grid samples between the training pixels and the painting looks the same, finer.
     */
    private void writeInputs(double index, Grid grid, float[] into, int offset) {
        float indexInput = (float) zScore(index, imageCount);
        double rowScale = height / (double) grid.height();
        double columnScale = width / (double) grid.width();
        int at = offset;
        for (int y = 0; y < grid.height(); y++) {
            float row = (float) zScore((y + 0.5) * rowScale - 0.5, height);
            for (int x = 0; x < grid.width(); x++) {
                into[at++] = row;
                into[at++] = (float) zScore((x + 0.5) * columnScale - 0.5, width);
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
