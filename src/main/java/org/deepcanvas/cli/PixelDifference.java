package org.deepcanvas.cli;

import java.awt.image.BufferedImage;

/** How far a rerun's image is from the original's, for one line of output. */
record PixelDifference(boolean sameSize, int pixels, int differing, int largest) {
    static PixelDifference between(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return new PixelDifference(false, 0, 0, 0);
        }
        int[] left = a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth());
        int[] right = b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth());
        int differing = 0;
        int largest = 0;
        for (int i = 0; i < left.length; i++) {
            if (left[i] != right[i]) {
                differing++;
                for (int shift = 0; shift <= 24; shift += 8) {
                    largest = Math.max(largest, Math.abs((left[i] >>> shift & 0xff) - (right[i] >>> shift & 0xff)));
                }
            }
        }
        return new PixelDifference(true, left.length, differing, largest);
    }

    String describe(String original) {
        if (!sameSize) {
            return "the new image has another size than " + original;
        }
        if (differing == 0) {
            return "identical to " + original + ", pixel for pixel";
        }
        return String.format("differs from %s in %d of %d pixels, by at most %d of 255", original, differing, pixels,
                largest);
    }
}
