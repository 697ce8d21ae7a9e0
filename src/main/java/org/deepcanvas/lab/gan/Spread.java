package org.deepcanvas.lab.gan;

import org.deepcanvas.nn.ImageShape;

/** How much images differ from one another: each pixel's standard deviation across them, averaged. */
final class Spread {
    private Spread() {}

    /** The spread of the first {@code count} images stored one after another in {@code pixels}. */
    static double of(float[] pixels, int count, ImageShape shape) {
        int values = shape.values();
        if (count < 2) {
            return 0;
        }
        double total = 0;
        for (int v = 0; v < values; v++) {
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < count; i++) {
                double x = pixels[i * values + v];
                sum += x;
                squares += x * x;
            }
            double mean = sum / count;
            total += Math.sqrt(Math.max(0, squares / count - mean * mean));
        }
        return total / values;
    }
}
