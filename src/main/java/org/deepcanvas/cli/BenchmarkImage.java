package org.deepcanvas.cli;

import org.deepcanvas.image.ArgbImage;

/**
 * The benchmarks' pictures, computed from formulas so that the peer scripts in bench/ use
 * exactly the same pixels (keep them in step): the painter's target (also the style
 * benchmark's content) and the style benchmark's style.
 */
final class BenchmarkImage {
    private BenchmarkImage() {}

    static ArgbImage of(int side) {
        int[] pixels = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                double r = 0.5 + 0.5 * Math.sin(x * 0.12) * Math.cos(y * 0.07);
                double g = (x + y) / (2.0 * (side - 1));
                double dx = x - side * 0.6;
                double dy = y - side * 0.4;
                double b = dx * dx + dy * dy < side * side * 0.06 ? 0.9 : 0.2;
                pixels[y * side + x] = 0xff000000 | toByte(r) << 16 | toByte(g) << 8 | toByte(b);
            }
        }
        return new ArgbImage(side, side, pixels);
    }

    /** Diagonal colour waves (bench/style_peer.py's style picture). */
    static ArgbImage waves(int side) {
        int[] pixels = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                double r = 0.5 + 0.5 * Math.sin((x + y) * 0.3);
                double g = 0.5 + 0.5 * Math.cos(x * 0.2);
                double b = 0.5 + 0.4 * Math.sin(y * 0.45);
                pixels[y * side + x] = 0xff000000 | toByte(r) << 16 | toByte(g) << 8 | toByte(b);
            }
        }
        return new ArgbImage(side, side, pixels);
    }

    private static int toByte(double unit) {
        return (int) Math.floor(unit * 255 + 0.5);
    }
}
