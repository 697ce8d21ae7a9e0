package org.deepcanvas.nn.autoencode;

import ai.djl.ndarray.NDArray;

/**
 * An encoder's output for a batch: the code (the mean for a VAE) and, for a VAE only, the
 * log-variance of each code dimension (null otherwise).
 */
public record LatentCode(NDArray mean, NDArray logVariance) {
    public boolean variational() {
        return logVariance != null;
    }
}
