package org.deepcanvas.lab.latent;

import java.util.Arrays;
import java.util.Random;

/**
 * A 2-D window into a latent space of any size: the code at plane position (x, y) is
 * {@code origin + x * xAxis + y * yAxis}. Axes are unit length and orthogonal, so
 * projecting a code onto the plane is two dot products.
 */
public record LatentPlane(float[] origin, float[] xAxis, float[] yAxis) {
    private static final int POWER_ITERATIONS = 200;

    public LatentPlane {
        if (origin.length != xAxis.length || origin.length != yAxis.length) {
            throw new IllegalArgumentException("origin and axes must have the code's size");
        }
        origin = origin.clone();
        xAxis = xAxis.clone();
        yAxis = yAxis.clone();
    }

    /** Two code dimensions as the axes, through the origin (for a 2-D code: the code itself). */
    public static LatentPlane axes(int codeSize, int xDimension, int yDimension) {
        if (xDimension < 0 || xDimension >= codeSize || yDimension < 0 || yDimension >= codeSize
                || (codeSize > 1 && xDimension == yDimension)) {
            throw new IllegalArgumentException("choose two different code dimensions in 0.." + (codeSize - 1));
        }
        float[] x = new float[codeSize];
        float[] y = new float[codeSize];
        x[xDimension] = 1;
        if (codeSize > 1) {
            y[yDimension] = 1;
        }
        return new LatentPlane(new float[codeSize], x, y);
    }

    /**
     * A plane through {@code origin} along two random orthogonal unit directions: a GAN's
     * codes have no meaningful axes, and a plane through a typical code (not through 0, far
     * inside a large prior's shell) shows images like the ones it makes.
     */
    public static LatentPlane random(float[] origin, Random random) {
        int size = origin.length;
        if (size < 2) {
            throw new IllegalArgumentException("a random plane needs a code of at least 2 dimensions");
        }
        double[] first = gaussian(size, random);
        scaleToUnit(first);
        double[] second = gaussian(size, random);
        removeComponent(second, toFloat(first));
        scaleToUnit(second);
        return new LatentPlane(origin, toFloat(first), toFloat(second));
    }

    /** The plane through the codes' mean along their two principal directions. */
    public static LatentPlane principal(float[][] codes) {
        if (codes.length == 0) {
            throw new IllegalArgumentException("no codes to find principal directions of");
        }
        int size = codes[0].length;
        float[] mean = new float[size];
        for (float[] code : codes) {
            for (int i = 0; i < size; i++) {
                mean[i] += code[i] / codes.length;
            }
        }
        double[][] covariance = new double[size][size];
        for (float[] code : codes) {
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    covariance[i][j] += (code[i] - mean[i]) * (code[j] - mean[j]);
                }
            }
        }
        float[] first = dominantDirection(covariance, null);
        float[] second = size > 1 ? dominantDirection(covariance, first) : new float[size];
        return new LatentPlane(mean, first, second);
    }

    /** The code at plane position (x, y). */
    public float[] code(double x, double y) {
        float[] code = new float[origin.length];
        for (int i = 0; i < code.length; i++) {
            code[i] = (float) (origin[i] + x * xAxis[i] + y * yAxis[i]);
        }
        return code;
    }

    /** The plane position {x, y} nearest to a code. */
    public float[] project(float[] code) {
        float[] centred = new float[code.length];
        for (int i = 0; i < code.length; i++) {
            centred[i] = code[i] - origin[i];
        }
        return new float[] {(float) Interpolation.dot(centred, xAxis), (float) Interpolation.dot(centred, yAxis)};
    }

    /** Power iteration on a symmetric matrix, kept orthogonal to {@code excluded} if given. */
    private static float[] dominantDirection(double[][] matrix, float[] excluded) {
        int size = matrix.length;
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            v[i] = 1.0 / (i + 1); // a fixed start keeps the result deterministic
        }
        removeComponent(v, excluded);
        scaleToUnit(v);
        for (int iteration = 0; iteration < POWER_ITERATIONS; iteration++) {
            double[] next = new double[size];
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    next[i] += matrix[i][j] * v[j];
                }
            }
            removeComponent(next, excluded);
            if (!scaleToUnit(next)) {
                break; // no spread left in the remaining directions
            }
            v = next;
        }
        return toFloat(v);
    }

    private static double[] gaussian(int size, Random random) {
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            v[i] = random.nextGaussian();
        }
        return v;
    }

    private static float[] toFloat(double[] v) {
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) v[i];
        }
        return out;
    }

    private static boolean scaleToUnit(double[] v) {
        double norm = Math.sqrt(Arrays.stream(v).map(a -> a * a).sum());
        if (norm < 1e-12) {
            return false;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= norm;
        }
        return true;
    }

    private static void removeComponent(double[] v, float[] direction) {
        if (direction == null) {
            return;
        }
        double along = 0;
        for (int i = 0; i < v.length; i++) {
            along += v[i] * direction[i];
        }
        for (int i = 0; i < v.length; i++) {
            v[i] -= along * direction[i];
        }
    }
}
