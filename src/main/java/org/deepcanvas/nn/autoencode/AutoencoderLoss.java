package org.deepcanvas.nn.autoencode;

import ai.djl.ndarray.NDArray;
import org.deepcanvas.nn.DeviceScalars;

/**
 * The autoencoder losses, each a scalar averaged over the batch. Both terms are summed per
 * image (pixels, code dimensions) so that the KL weight balances them at any image size the
 * way the VAE's evidence lower bound does. Constants come from {@link DeviceScalars}, so no
 * step copies a number from the host.
 */
public final class AutoencoderLoss {
    private AutoencoderLoss() {}

    /** Sum of squared errors per image against the clean target, averaged over the batch. */
    public static NDArray reconstruction(NDArray reconstructed, NDArray clean) {
        return perImageSum(reconstructed.sub(clean).square()).mean();
    }

    /**
     * KL divergence of N(mean, exp(logVariance)) from N(0, 1), summed over the code and
     * averaged over the batch: -0.5 * sum(1 + logVar - mean^2 - exp(logVar)) / batch.
     */
    public static NDArray klDivergence(NDArray mean, NDArray logVariance, DeviceScalars scalars) {
        NDArray terms = logVariance.exp().add(mean.square()).sub(logVariance).sub(scalars.of(1f));
        return perImageSum(terms).mean().mul(scalars.of(0.5f));
    }

    /** The reparameterisation trick: mean + exp(logVariance / 2) * noise, noise ~ N(0, 1). */
    public static NDArray sample(NDArray mean, NDArray logVariance, NDArray standardNormalNoise,
                                 DeviceScalars scalars) {
        return logVariance.mul(scalars.of(0.5f)).exp().mul(standardNormalNoise).add(mean);
    }

    /** Sums every axis but the first (the batch): one value per image. */
    private static NDArray perImageSum(NDArray batch) {
        int[] axes = new int[batch.getShape().dimension() - 1];
        for (int i = 0; i < axes.length; i++) {
            axes[i] = i + 1;
        }
        return batch.sum(axes);
    }
}
