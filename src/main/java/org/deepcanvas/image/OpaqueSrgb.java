package org.deepcanvas.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * Converts any decoded image to opaque sRGB ARGB. Transparent pixels are composited over
 * white, so datasets and their statistics never depend on hidden colour under alpha.
 */
final class OpaqueSrgb {
    private OpaqueSrgb() {}

    static ArgbImage of(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = isPlainGrey(image.getColorModel())
                ? greyPixels(image.getRaster())
                : image.getRGB(0, 0, width, height, null, 0, width);
        for (int i = 0; i < argb.length; i++) {
            argb[i] = overWhite(argb[i]);
        }
        return new ArgbImage(width, height, argb);
    }

    /** Composites one ARGB pixel over white and returns it fully opaque. */
    static int overWhite(int argb) {
        int alpha = argb >>> 24;
        if (alpha == 0xFF) {
            return argb;
        }
        int r = blend((argb >> 16) & 0xFF, alpha);
        int g = blend((argb >> 8) & 0xFF, alpha);
        int b = blend(argb & 0xFF, alpha);
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    private static int blend(int channel, int alpha) {
        return (channel * alpha + 255 * (255 - alpha) + 127) / 255;
    }

    /*
     * Java treats grey images as linear and brightens them in getRGB, while grey PNGs and
     * JPEGs store gamma-encoded values like sRGB; reading the samples keeps the greys true.
     */
    private static boolean isPlainGrey(ColorModel model) {
        int transfer = model.getTransferType();
        return !(model instanceof IndexColorModel)
                && model.getColorSpace().getType() == ColorSpace.TYPE_GRAY
                && (transfer == DataBuffer.TYPE_BYTE || transfer == DataBuffer.TYPE_USHORT);
    }

    private static int[] greyPixels(Raster raster) {
        int width = raster.getWidth();
        int height = raster.getHeight();
        int bands = raster.getNumBands();
        int maxSample = (1 << raster.getSampleModel().getSampleSize(0)) - 1;
        int[] samples = raster.getPixels(0, 0, width, height, (int[]) null);
        int[] argb = new int[width * height];
        for (int i = 0; i < argb.length; i++) {
            int grey = scale(samples[i * bands], maxSample);
            int alpha = bands > 1 ? scale(samples[i * bands + 1], maxSample) : 0xFF;
            argb[i] = alpha << 24 | grey << 16 | grey << 8 | grey;
        }
        return argb;
    }

    private static int scale(int sample, int maxSample) {
        return (sample * 255 + maxSample / 2) / maxSample;
    }
}
