package org.deepcanvas.image;

/** Cropping of {@link ArgbImage}s. */
public final class Crop {
    private Crop() {}

    /** The largest centred square; an odd leftover pixel is dropped from the right or bottom. */
    public static ArgbImage centreSquare(ArgbImage image) {
        int side = Math.min(image.width(), image.height());
        return region(image, (image.width() - side) / 2, (image.height() - side) / 2, side, side);
    }

    /** The rectangle of the given size whose top-left corner is (x, y). */
    public static ArgbImage region(ArgbImage image, int x, int y, int width, int height) {
        if (x < 0 || y < 0 || width <= 0 || height <= 0
                || x + width > image.width() || y + height > image.height()) {
            throw new IllegalArgumentException("region " + width + "x" + height + " at " + x + "," + y
                    + " is outside the " + image.width() + "x" + image.height() + " image");
        }
        int[] pixels = new int[width * height];
        for (int row = 0; row < height; row++) {
            System.arraycopy(image.pixels(), (y + row) * image.width() + x, pixels, row * width, width);
        }
        return new ArgbImage(width, height, pixels);
    }
}
