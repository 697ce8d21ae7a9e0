package org.deepcanvas.image;

/**
 * Good-quality resizing of {@link ArgbImage}s, one axis at a time: shrinking averages
 * every source pixel by the area it covers (no aliasing, unlike nearest neighbour);
 * enlarging interpolates linearly. Colour is weighted by alpha so transparent pixels
 * do not bleed their hidden colour into the result.
 */
public final class Resize {
    private static final int CHANNELS = 4;

    private Resize() {}

    /** The image scaled to width x height (aspect ratio is not preserved). */
    public static ArgbImage to(ArgbImage image, int width, int height) {
        return area(image, Crop.Area.all(image), width, height);
    }

    /** The image shrunk (never enlarged), aspect kept, so that its longer side is at most maxSide. */
    public static ArgbImage toFit(ArgbImage image, int maxSide) {
        double scale = Math.min(1.0, maxSide / (double) Math.max(image.width(), image.height()));
        if (scale == 1.0) {
            return image;
        }
        return to(image, Math.max(1, (int) Math.round(image.width() * scale)),
                Math.max(1, (int) Math.round(image.height() * scale)));
    }

    /** The centred square of the image, resized to side x side: the course's dataset step. */
    public static ArgbImage squareThumbnail(ArgbImage image, int side) {
        return area(image, Crop.Area.centreSquare(image.width(), image.height()), side, side);
    }

    /** The pixels inside the area scaled to width x height, without copying the area first. */
    public static ArgbImage area(ArgbImage image, Crop.Area area, int width, int height) {
        area.checkInside(image);
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("target size must be positive: " + width + "x" + height);
        }
        if (area.equals(Crop.Area.all(image)) && width == image.width() && height == image.height()) {
            return image;
        }
        float[] rows = resampleRows(image, area, Taps.of(area.width(), width));
        float[] done = resampleColumns(rows, width, area.height(), Taps.of(area.height(), height));
        return new ArgbImage(width, height, unpremultiply(done));
    }

    /** Resizes each row of the area, premultiplying colour by alpha as it reads. */
    private static float[] resampleRows(ArgbImage image, Crop.Area area, Taps taps) {
        int outWidth = taps.outputs();
        int[] pixels = image.pixels();
        float[] out = new float[outWidth * area.height() * CHANNELS];
        for (int y = 0; y < area.height(); y++) {
            int rowStart = (area.y() + y) * image.width() + area.x();
            for (int x = 0; x < outWidth; x++) {
                int to = (y * outWidth + x) * CHANNELS;
                for (int t = taps.start(x); t < taps.start(x + 1); t++) {
                    int p = pixels[rowStart + taps.index(t)];
                    float weight = taps.weight(t);
                    float alphaWeight = (p >>> 24) / 255f * weight;
                    out[to] += alphaWeight;
                    out[to + 1] += ((p >> 16) & 0xFF) * alphaWeight;
                    out[to + 2] += ((p >> 8) & 0xFF) * alphaWeight;
                    out[to + 3] += (p & 0xFF) * alphaWeight;
                }
            }
        }
        return out;
    }

    private static float[] resampleColumns(float[] source, int width, int height, Taps taps) {
        int outHeight = taps.outputs();
        int rowLength = width * CHANNELS;
        float[] out = new float[width * outHeight * CHANNELS];
        for (int y = 0; y < outHeight; y++) {
            for (int t = taps.start(y); t < taps.start(y + 1); t++) {
                int from = taps.index(t) * rowLength;
                int to = y * rowLength;
                float weight = taps.weight(t);
                for (int i = 0; i < rowLength; i++) {
                    out[to + i] += source[from + i] * weight;
                }
            }
        }
        return out;
    }

    private static int[] unpremultiply(float[] values) {
        int[] argb = new int[values.length / CHANNELS];
        for (int i = 0; i < argb.length; i++) {
            float alpha = values[i * CHANNELS];
            if (alpha <= 0f) {
                continue;
            }
            int a = clamp(alpha * 255f);
            int r = clamp(values[i * CHANNELS + 1] / alpha);
            int g = clamp(values[i * CHANNELS + 2] / alpha);
            int b = clamp(values[i * CHANNELS + 3] / alpha);
            argb[i] = a << 24 | r << 16 | g << 8 | b;
        }
        return argb;
    }

    private static int clamp(float value) {
        return Math.max(0, Math.min(255, Math.round(value)));
    }

    /** For each output pixel along one axis, the source pixels it draws from and their weights. */
    private record Taps(int[] starts, int[] indices, float[] weights) {
        int outputs() {
            return starts.length - 1;
        }

        int start(int output) {
            return starts[output];
        }

        int index(int tap) {
            return indices[tap];
        }

        float weight(int tap) {
            return weights[tap];
        }

        static Taps of(int sourceSize, int targetSize) {
            return targetSize < sourceSize ? area(sourceSize, targetSize) : linear(sourceSize, targetSize);
        }

        /** Each output pixel covers `scale` source pixels; each contributes its covered fraction. */
        private static Taps area(int sourceSize, int targetSize) {
            double scale = (double) sourceSize / targetSize;
            int maxTaps = (int) Math.ceil(scale) + 1;
            int[] starts = new int[targetSize + 1];
            int[] indices = new int[targetSize * maxTaps];
            float[] weights = new float[targetSize * maxTaps];
            int tap = 0;
            for (int out = 0; out < targetSize; out++) {
                starts[out] = tap;
                double from = out * scale;
                double to = Math.min(sourceSize, (out + 1) * scale);
                for (int src = (int) from; src < to; src++) {
                    double covered = Math.min(to, src + 1) - Math.max(from, src);
                    if (covered > 1e-9) {
                        indices[tap] = src;
                        weights[tap++] = (float) (covered / scale);
                    }
                }
            }
            starts[targetSize] = tap;
            return new Taps(starts, indices, weights);
        }

        /** Pixel centres map onto the source; the two nearest source pixels are blended. */
        private static Taps linear(int sourceSize, int targetSize) {
            double scale = (double) sourceSize / targetSize;
            int[] starts = new int[targetSize + 1];
            int[] indices = new int[targetSize * 2];
            float[] weights = new float[targetSize * 2];
            for (int out = 0; out < targetSize; out++) {
                double centre = Math.max(0, Math.min(sourceSize - 1, (out + 0.5) * scale - 0.5));
                int left = (int) Math.floor(centre);
                int right = Math.min(sourceSize - 1, left + 1);
                float fraction = (float) (centre - left);
                starts[out] = out * 2;
                indices[out * 2] = left;
                weights[out * 2] = 1f - fraction;
                indices[out * 2 + 1] = right;
                weights[out * 2 + 1] = fraction;
            }
            starts[targetSize] = targetSize * 2;
            return new Taps(starts, indices, weights);
        }
    }
}
