package org.deepcanvas.nn.autoencode;

import ai.djl.ndarray.NDArray;

/**
 * The autoencoder losses, each a scalar averaged over the batch. Both terms are summed per
 * image (pixels, code dimensions) so that the KL weight balances them at any image size the
 * way the VAE's evidence lower bound does.
 */
public final class AutoencoderLoss {
    private AutoencoderLoss() {}

    /** Sum of squared errors per image against the clean target, averaged over the batch. */
    public static NDArray reconstruction(NDArray reconstructed, NDArray clean) {
        long batch = clean.getShape().get(0);
        return reconstructed.sub(clean).square().sum().div(batch);
    }

    /**
     * KL divergence of N(mean, exp(logVariance)) from N(0, 1), summed over the code and
     * averaged over the batch: -0.5 * sum(1 + logVar - mean^2 - exp(logVar)) / batch.
     */
    public static NDArray klDivergence(NDArray mean, NDArray logVariance) {
        long batch = mean.getShape().get(0);
        return logVariance.exp().add(mean.square()).sub(logVariance).sub(1f).sum().div(2f * batch);
    }

    /** The reparameterisation trick: mean + exp(logVariance / 2) * noise, noise ~ N(0, 1). */
    public static NDArray sample(NDArray mean, NDArray logVariance, NDArray standardNormalNoise) {
        return logVariance.mul(0.5f).exp().mul(standardNormalNoise).add(mean);
    }
}
