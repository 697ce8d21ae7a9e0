package org.deepcanvas.lab.latent;

import ai.djl.ndarray.NDArray;

/** The way back from images to codes, for the networks that have one (autoencoders, VAE-GAN). */
@FunctionalInterface
public interface LatentEncoder {
    /** The codes (N, codeSize) of images (N, C, H, W) in [0, 1]; a variational encoder's means. */
    NDArray encode(NDArray images);
}
