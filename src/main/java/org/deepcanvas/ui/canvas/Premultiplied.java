package org.deepcanvas.ui.canvas;

/** Converts straight ARGB to the premultiplied form JavaFX pixel buffers expect. */
final class Premultiplied {
    private Premultiplied() {}

    static void copy(int[] straight, int[] target) {
        for (int i = 0; i < straight.length; i++) {
            int argb = straight[i];
            int alpha = argb >>> 24;
            target[i] = alpha == 0xFF ? argb : premultiply(argb, alpha);
        }
    }

    private static int premultiply(int argb, int alpha) {
        int r = ((argb >> 16) & 0xFF) * alpha / 255;
        int g = ((argb >> 8) & 0xFF) * alpha / 255;
        int b = (argb & 0xFF) * alpha / 255;
        return (alpha << 24) | (r << 16) | (g << 8) | b;
    }
}
