package org.deepcanvas.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
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
        ColorModel model = image.getColorModel();
        int[] argb;
        if (isPlainGrey(model)) {
            argb = greyPixels(image.getRaster());
        } else if (isPlainRgb(model)) {
            argb = rgbPixels(image.getRaster());
        } else {
            argb = image.getRGB(0, 0, width, height, null, 0, width);
        }
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

    /*
     * 8-bit sRGB with separate components (what JPEG and most PNG decoding gives) is copied
     * straight from the raster: getRGB converts pixel by pixel and took as long as decoding.
     */
    private static boolean isPlainRgb(ColorModel model) {
        return model instanceof ComponentColorModel
                && model.getColorSpace().isCS_sRGB()
                && model.getTransferType() == DataBuffer.TYPE_BYTE
                && !model.isAlphaPremultiplied();
    }

    private static int[] rgbPixels(Raster raster) {
        int width = raster.getWidth();
        int height = raster.getHeight();
        int bands = raster.getNumBands();
        int[] argb = new int[width * height];
        byte[] row = null;
        for (int y = 0; y < height; y++) {
            row = (byte[]) raster.getDataElements(0, y, width, 1, row);
            for (int x = 0; x < width; x++) {
                int i = x * bands;
                int alpha = bands == 4 ? row[i + 3] & 0xFF : 0xFF;
                argb[y * width + x] =
                        alpha << 24 | (row[i] & 0xFF) << 16 | (row[i + 1] & 0xFF) << 8 | (row[i + 2] & 0xFF);
            }
        }
        return argb;
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
