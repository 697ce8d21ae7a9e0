package org.deepcanvas.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ColourTransferTest {
    private static final int SIDE = 64;

    @Test
    void keepingColoursLeavesTheContentsChromaAndTakesTheStylisedLuminance() {
        ArgbImage content = image((x, y) -> rgb(60 + 2 * x, 90 + y, 160 - x));
        ArgbImage stylised = image((x, y) -> {
            int stripe = (x / 4 + y / 4) % 2 == 0 ? 50 : -30; // a texture of light and dark
            return rgb(120 + stripe, 110 + stripe, 90 + stripe / 2);
        });
        ArgbImage kept = ColourTransfer.keepColours(stylised, content);

        double chromaChange = 0;
        double lumaFromStylised = 0;
        double lumaChange = 0;
        for (int i = 0; i < kept.pixels().length; i++) {
            int k = kept.pixels()[i];
            int c = content.pixels()[i];
            chromaChange += Math.abs(u(k) - u(c)) + Math.abs(v(k) - v(c));
            lumaFromStylised += Math.abs(ColourTransfer.luma(k) - ColourTransfer.luma(stylised.pixels()[i]));
            lumaChange += Math.abs(ColourTransfer.luma(k) - ColourTransfer.luma(c));
        }
        int n = kept.pixels().length;
        // rounding each channel to a byte moves U and V by half a level at most
        assertThat(chromaChange / n).isLessThan(1.0);
        assertThat(lumaFromStylised / n).isLessThan(0.6);
        assertThat(lumaChange / n).isGreaterThan(20);
    }

    @Test
    void matchedColoursHaveTheTargetsMeanAndCovariance() {
        Random random = new Random(7);
        // a blue-green style with correlated channels, an orange target with other correlations
        ArgbImage style = image((x, y) -> {
            int t = random.nextInt(120);
            return rgb(20 + t / 4 + random.nextInt(20), 60 + t, 100 + t / 2 + random.nextInt(30));
        });
        ArgbImage target = image((x, y) -> {
            int t = random.nextInt(100);
            return rgb(120 + t, 90 + t / 2 + random.nextInt(20), 40 + random.nextInt(40));
        });
        ArgbImage matched = ColourTransfer.matchColours(style, target);

        double[][] want = moments(target);
        double[][] got = moments(matched);
        for (int c = 0; c < 3; c++) {
            assertThat(got[0][c]).as("mean of channel %d", c).isCloseTo(want[0][c], within(0.5));
        }
        for (int e = 0; e < 9; e++) {
            assertThat(got[1][e]).as("covariance entry %d", e).isCloseTo(want[1][e], within(0.02 * want[1][0] + 1));
        }
        // a different affine map: the style's own structure (which pixel is lighter) survives
        assertThat(ColourTransfer.luma(matched.pixels()[0])).isNotEqualTo(ColourTransfer.luma(matched.pixels()[1]));
    }

    @Test
    void aGreyStyleMatchedToColourStaysFinite() {
        ArgbImage grey = image((x, y) -> rgb(x * 4, x * 4, x * 4));
        ArgbImage target = image((x, y) -> rgb(200, 100 + y, 50));
        ArgbImage matched = ColourTransfer.matchColours(grey, target);
        assertThat(moments(matched)[0][0]).isCloseTo(200, within(1.0));
    }

    /** Channel means (0..255) and the row-major covariance matrix. */
    private static double[][] moments(ArgbImage image) {
        int n = image.pixels().length;
        double[] mean = new double[3];
        for (int p : image.pixels()) {
            for (int c = 0; c < 3; c++) {
                mean[c] += channel(p, c) / (double) n;
            }
        }
        double[] covariance = new double[9];
        for (int p : image.pixels()) {
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    covariance[a * 3 + b] += (channel(p, a) - mean[a]) * (channel(p, b) - mean[b]) / n;
                }
            }
        }
        return new double[][] {mean, covariance};
    }

    private static int channel(int argb, int c) {
        return (argb >> (16 - 8 * c)) & 0xFF;
    }

    private static double u(int argb) {
        return (argb & 0xFF) - ColourTransfer.luma(argb);
    }

    private static double v(int argb) {
        return ((argb >> 16) & 0xFF) - ColourTransfer.luma(argb);
    }

    private interface Painter {
        int at(int x, int y);
    }

    private static ArgbImage image(Painter painter) {
        int[] pixels = new int[SIDE * SIDE];
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                pixels[y * SIDE + x] = painter.at(x, y);
            }
        }
        return new ArgbImage(SIDE, SIDE, pixels);
    }

    private static int rgb(int r, int g, int b) {
        return 0xFF000000 | r << 16 | g << 8 | b;
    }
}
