package org.deepcanvas.lab.style;

import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.image.ColourTransfer;

/** Small generated pictures for style tests, and the colour measures they check. */
final class StylePictures {
    private StylePictures() {}

    /** A content with shapes and colours: a warm disc on a blue-green ramp. */
    static ArgbImage content(int width, int height) {
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double dx = x - width * 0.55;
                double dy = y - height * 0.45;
                boolean disc = dx * dx + dy * dy < width * height * 0.08;
                int r = disc ? 220 : 40 + 100 * x / width;
                int g = disc ? 120 : 90 + 80 * y / height;
                int b = disc ? 60 : 170;
                pixels[y * width + x] = 0xff000000 | r << 16 | g << 8 | b;
            }
        }
        return new ArgbImage(width, height, pixels);
    }

    /** Diagonal stripes of two colours, 5 px wide. */
    static ArgbImage stripes(int side, int first, int second) {
        int[] pixels = new int[side * side];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = ((i % side + i / side) / 5) % 2 == 0 ? first : second;
        }
        return new ArgbImage(side, side, pixels);
    }

    /** Dots of one colour on another, 8 px apart. */
    static ArgbImage dots(int side, int dot, int ground) {
        int[] pixels = new int[side * side];
        for (int i = 0; i < pixels.length; i++) {
            int x = i % side % 8 - 4;
            int y = i / side % 8 - 4;
            pixels[i] = x * x + y * y <= 4 ? dot : ground;
        }
        return new ArgbImage(side, side, pixels);
    }

    /** Mean over pixels of |U - U'| + |V - V'| (BT.601, 0..255 units). */
    static double meanChromaDistance(ArgbImage a, ArgbImage b) {
        double sum = 0;
        for (int i = 0; i < a.pixels().length; i++) {
            sum += Math.abs(u(a.pixels()[i]) - u(b.pixels()[i])) + Math.abs(v(a.pixels()[i]) - v(b.pixels()[i]));
        }
        return sum / a.pixels().length;
    }

    /** Mean over pixels of |Y - Y'|. */
    static double meanLumaDistance(ArgbImage a, ArgbImage b) {
        double sum = 0;
        for (int i = 0; i < a.pixels().length; i++) {
            sum += Math.abs(ColourTransfer.luma(a.pixels()[i]) - ColourTransfer.luma(b.pixels()[i]));
        }
        return sum / a.pixels().length;
    }

    private static double u(int argb) {
        return (argb & 0xff) - ColourTransfer.luma(argb);
    }

    private static double v(int argb) {
        return ((argb >> 16) & 0xff) - ColourTransfer.luma(argb);
    }
}
