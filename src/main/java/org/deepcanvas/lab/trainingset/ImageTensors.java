package org.deepcanvas.lab.trainingset;

import java.util.List;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.nn.ImageShape;

/** Converts between ARGB images and planar float pixels (C x H x W, 0..1). */
public final class ImageTensors {
    private ImageTensors() {}

    /** Writes an image of the shape's size into {@code into} at {@code offset}, grey by luminance. */
    public static void write(ArgbImage image, ImageShape shape, float[] into, int offset) {
        if (image.width() != shape.width() || image.height() != shape.height()) {
            throw new IllegalArgumentException("expected a " + shape.width() + "x" + shape.height()
                    + " image, got " + image.width() + "x" + image.height());
        }
        int plane = shape.width() * shape.height();
        int[] pixels = image.pixels();
        for (int p = 0; p < plane; p++) {
            int argb = pixels[p];
            float r = (argb >> 16 & 0xFF) / 255f;
            float g = (argb >> 8 & 0xFF) / 255f;
            float b = (argb & 0xFF) / 255f;
            if (shape.channels() == 1) {
                into[offset + p] = 0.299f * r + 0.587f * g + 0.114f * b;
            } else {
                into[offset + p] = r;
                into[offset + plane + p] = g;
                into[offset + 2 * plane + p] = b;
            }
        }
    }

    /** The image stored at {@code offset} in planar float pixels (values clamped to 0..1). */
    public static ArgbImage read(float[] values, int offset, ImageShape shape) {
        int plane = shape.width() * shape.height();
        int[] argb = new int[plane];
        boolean grey = shape.channels() == 1;
        for (int p = 0; p < plane; p++) {
            int r = toByte(values[offset + p]);
            int g = grey ? r : toByte(values[offset + plane + p]);
            int b = grey ? r : toByte(values[offset + 2 * plane + p]);
            argb[p] = 0xFF000000 | r << 16 | g << 8 | b;
        }
        return new ArgbImage(shape.width(), shape.height(), argb);
    }

    /** Every image of a batch stored one after another. */
    public static List<ArgbImage> readAll(float[] values, ImageShape shape) {
        int count = values.length / shape.values();
        ArgbImage[] images = new ArgbImage[count];
        for (int i = 0; i < count; i++) {
            images[i] = read(values, i * shape.values(), shape);
        }
        return List.of(images);
    }


    private static int toByte(float value) {
        return Math.round(Math.max(0f, Math.min(1f, value)) * 255f);
    }
}
