package org.deepcanvas.image;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The two colour controls of Gatys et al., "Preserving Color in Neural Artistic Style
 * Transfer" (2016): keep the content's colours by taking only the luminance of a
 * stylised image, or recolour a style image so its colours have the content's mean and
 * covariance before the style is taken from it.
 */
public final class ColourTransfer {
    /** BT.601 luma weights, as JPEG's YCbCr and neural-style's original_colors use them. */
    private static final double RED_LUMA = 0.299;
    private static final double GREEN_LUMA = 0.587;
    private static final double BLUE_LUMA = 0.114;
    /** Added to a style's colour variances, so a grey style's missing chroma does not divide by zero. */
    private static final double VARIANCE_FLOOR = 1e-5;

    private ColourTransfer() {}

    /**
     * The luminance of {@code stylised} with the chroma (YUV's U and V) of {@code content},
     * pixel by pixel: the style's textures in the content's colours. Both must be one size.
     */
    public static ArgbImage keepColours(ArgbImage stylised, ArgbImage content) {
        if (stylised.width() != content.width() || stylised.height() != content.height()) {
            throw new IllegalArgumentException("keeping colours needs images of one size, not " + stylised.width() + "x"
                    + stylised.height() + " and " + content.width() + "x" + content.height());
        }
        int[] out = new int[stylised.pixels().length];
        for (int i = 0; i < out.length; i++) {
            int s = stylised.pixels()[i];
            int c = content.pixels()[i];
            double shift = luma(s) - luma(c);
            // same U = B - Y and V = R - Y as the content: add the luminance change to every channel
            out[i] = (c & 0xFF000000) | channel(((c >> 16) & 0xFF) + shift) << 16
                    | channel(((c >> 8) & 0xFF) + shift) << 8 | channel((c & 0xFF) + shift);
        }
        return new ArgbImage(stylised.width(), stylised.height(), out);
    }

    /**
     * {@code style} recoloured by one affine map of RGB so that its colours have the mean and
     * covariance of {@code target}'s: x' = A (x - mean_s) + mean_t with
     * A = cov_t^(1/2) cov_s^(-1/2) (the image-analogies form in Gatys et al. 2016, which,
     * unlike a Cholesky factor, does not depend on the order of the channels).
     */
    public static ArgbImage matchColours(ArgbImage style, ArgbImage target) {
        double[] styleMean = mean(style);
        double[] targetMean = mean(target);
        DMatrixRMaj styleCovariance = covariance(style, styleMean);
        for (int i = 0; i < 3; i++) {
            styleCovariance.add(i, i, VARIANCE_FLOOR);
        }
        DMatrixRMaj map = new DMatrixRMaj(3, 3);
        CommonOps_DDRM.mult(power(covariance(target, targetMean), 0.5), power(styleCovariance, -0.5), map);
        int[] out = new int[style.pixels().length];
        double[] centred = new double[3];
        for (int i = 0; i < out.length; i++) {
            int p = style.pixels()[i];
            for (int c = 0; c < 3; c++) {
                centred[c] = component(p, c) - styleMean[c];
            }
            int argb = p & 0xFF000000;
            for (int row = 0; row < 3; row++) {
                double value = targetMean[row];
                for (int c = 0; c < 3; c++) {
                    value += map.get(row, c) * centred[c];
                }
                argb |= channel(value * 255) << (16 - 8 * row);
            }
            out[i] = argb;
        }
        return new ArgbImage(style.width(), style.height(), out);
    }

    /** The BT.601 luma of a pixel, 0..255. */
    public static double luma(int argb) {
        return RED_LUMA * ((argb >> 16) & 0xFF) + GREEN_LUMA * ((argb >> 8) & 0xFF) + BLUE_LUMA * (argb & 0xFF);
    }

    /** Red (0), green (1) or blue (2) in 0..1. */
    private static double component(int argb, int channel) {
        return ((argb >> (16 - 8 * channel)) & 0xFF) / 255.0;
    }

    private static int channel(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    private static double[] mean(ArgbImage image) {
        double[] sum = new double[3];
        for (int p : image.pixels()) {
            for (int c = 0; c < 3; c++) {
                sum[c] += component(p, c);
            }
        }
        for (int c = 0; c < 3; c++) {
            sum[c] /= image.pixels().length;
        }
        return sum;
    }

    private static DMatrixRMaj covariance(ArgbImage image, double[] mean) {
        DMatrixRMaj covariance = new DMatrixRMaj(3, 3);
        for (int p : image.pixels()) {
            for (int a = 0; a < 3; a++) {
                double da = component(p, a) - mean[a];
                for (int b = 0; b < 3; b++) {
                    covariance.add(a, b, da * (component(p, b) - mean[b]));
                }
            }
        }
        CommonOps_DDRM.divide(covariance, image.pixels().length);
        return covariance;
    }

    /** A symmetric positive semi-definite matrix to a real power, through its eigen-decomposition. */
    private static DMatrixRMaj power(DMatrixRMaj symmetric, double exponent) {
        EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(3, true, true);
        if (!eigen.decompose(symmetric.copy())) {
            throw new IllegalStateException("colour covariance has no eigen-decomposition");
        }
        DMatrixRMaj result = new DMatrixRMaj(3, 3);
        for (int k = 0; k < 3; k++) {
            double value = Math.pow(Math.max(eigen.getEigenvalue(k).getReal(), VARIANCE_FLOOR), exponent);
            DMatrixRMaj vector = eigen.getEigenVector(k);
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    result.add(a, b, value * vector.get(a) * vector.get(b));
                }
            }
        }
        return result;
    }
}
