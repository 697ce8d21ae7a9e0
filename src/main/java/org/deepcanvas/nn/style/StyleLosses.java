package org.deepcanvas.nn.style;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.deepcanvas.nn.DeviceScalars;

/**
 * The style losses of Gatys et al. (2015) over a feature network's activations (the content
 * loss is the image-optimisation core's FeatureMatch by L2). A Gram matrix is
 * the mean over positions of each pair of channels' product (F F^T / (H * W)), so it does
 * not grow with the image and a style keeps its weight at any size; the style distance is
 * the mean squared difference of two Grams, which is 4 times Gatys' E_l and of the same
 * order for a layer of 64 channels as for one of 512 (neural-style also divides by C, which
 * makes a 512-channel layer count 64 times less than a 64-channel one at the same weight).
 * Every constant comes from {@code scalars}, so a step copies nothing from the host.
 */
public final class StyleLosses {
    private StyleLosses() {}

    /** The Gram matrices (N, C, C) of activations (N, C, H, W): channel products averaged over positions. */
    public static NDArray gram(NDArray activations, DeviceScalars scalars) {
        Shape shape = activations.getShape();
        if (shape.dimension() != 4) {
            throw new IllegalArgumentException("a Gram matrix needs activations (N, C, H, W), not " + shape);
        }
        long channels = shape.get(1);
        NDArray features = activations.reshape(shape.get(0), channels, shape.get(2) * shape.get(3));
        NDArray products = features.batchMatMul(features.transpose(0, 2, 1));
        return products.divi(scalars.of((float) (shape.get(2) * shape.get(3))));
    }

    /** How far the activations' style is from a target Gram matrix: the mean squared difference of the Grams. */
    public static NDArray style(NDArray activations, NDArray targetGram, DeviceScalars scalars) {
        return gram(activations, scalars).subi(targetGram).square().mean();
    }

    /**
     * One target Gram from several styles: their weighted mean, so weights (1, 0) give the
     * first style exactly and (0.7, 0.3) a mix of both textures (neural-style's blend).
     */
    public static NDArray blend(List<NDArray> grams, List<Float> weights, DeviceScalars scalars) {
        if (grams.isEmpty() || grams.size() != weights.size()) {
            throw new IllegalArgumentException(grams.size() + " style Gram matrices but " + weights.size() + " weights");
        }
        double total = weights.stream().mapToDouble(Float::doubleValue).sum();
        if (!(total > 0) || weights.stream().anyMatch(w -> w < 0)) {
            throw new IllegalArgumentException("style blend weights must be 0 or more and not all 0: " + weights);
        }
        NDArray mixed = grams.get(0).mul(scalars.of((float) (weights.get(0) / total)));
        for (int i = 1; i < grams.size(); i++) {
            mixed.addi(grams.get(i).mul(scalars.of((float) (weights.get(i) / total))));
        }
        return mixed;
    }
}
