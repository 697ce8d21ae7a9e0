package org.deepcanvas.lab.latent;

import ai.djl.ndarray.NDArray;
import org.deepcanvas.nn.ImageShape;

/**
 * What every generative network shares, seen from its latent space: codes in, images out.
 * An autoencoder's decoder, a GAN's generator and a VAE-GAN's decoder all are one, so the
 * latent tools ({@link LatentExplorer}) are written once over this.
 */
public interface LatentDecoder {
    int codeSize();

    /** The images {@link #decode} makes. */
    ImageShape imageShape();

    /** Decodes codes (N, codeSize) into images (N, C, H, W) with values in [0, 1], not training. */
    NDArray decode(NDArray codes);
}
