package org.deepcanvas.image;

/** Cropping of {@link ArgbImage}s. */
public final class Crop {
    private Crop() {}

    /** A rectangle of pixels inside an image. */
    public record Area(int x, int y, int width, int height) {
        /** The largest centred square of a width x height image; an odd leftover pixel goes right or bottom. */
        public static Area centreSquare(int width, int height) {
            int side = Math.min(width, height);
            return new Area((width - side) / 2, (height - side) / 2, side, side);
        }

        /** The whole of an image. */
        public static Area all(ArgbImage image) {
            return new Area(0, 0, image.width(), image.height());
        }

        void checkInside(ArgbImage image) {
            if (x < 0 || y < 0 || width <= 0 || height <= 0
                    || x + width > image.width() || y + height > image.height()) {
                throw new IllegalArgumentException("area " + width + "x" + height + " at " + x + "," + y
                        + " is outside the " + image.width() + "x" + image.height() + " image");
            }
        }
    }

    /** The largest centred square of the image. */
    public static ArgbImage centreSquare(ArgbImage image) {
        return area(image, Area.centreSquare(image.width(), image.height()));
    }

    /** A copy of the pixels inside the area. */
    public static ArgbImage area(ArgbImage image, Area area) {
        area.checkInside(image);
        int[] pixels = new int[area.width() * area.height()];
        for (int row = 0; row < area.height(); row++) {
            System.arraycopy(image.pixels(), (area.y() + row) * image.width() + area.x(),
                    pixels, row * area.width(), area.width());
        }
        return new ArgbImage(area.width(), area.height(), pixels);
    }
}
