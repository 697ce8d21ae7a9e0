package org.deepcanvas.image;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * A small in-memory image as packed 0xAARRGGBB pixels, row by row. The plain currency
 * between layers: datasets hold it, jobs emit it in frames, exporters write it, and the
 * UI copies it into a pixel buffer.
 */
public record ArgbImage(int width, int height, int[] pixels) {
    public ArgbImage {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        }
        Objects.requireNonNull(pixels, "pixels");
        if (pixels.length != width * height) {
            throw new IllegalArgumentException(
                    "expected " + width * height + " pixels, got " + pixels.length);
        }
    }

    public static ArgbImage blank(int width, int height) {
        return new ArgbImage(width, height, new int[width * height]);
    }

    public static ArgbImage of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        return new ArgbImage(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    }

    public int argb(int x, int y) {
        return pixels[y * width + x];
    }

    public BufferedImage toBufferedImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, pixels, 0, width);
        return image;
    }
}
