package org.deepcanvas.nn.autoencode;

import ai.djl.ndarray.NDArray;
import org.deepcanvas.nn.DeviceScalars;

/** How a denoising autoencoder corrupts its input; the loss still compares with the clean image. */
public enum Corruption {
    /** No corruption: a plain autoencoder. */
    NONE,
    /** Each pixel is zeroed with probability {@code level} (the course's default: 0.5). */
    MASKING,
    /** Gaussian noise with standard deviation {@code level}, clipped back to [0, 1]. */
    GAUSSIAN;

    /** A corrupted copy of a batch of images in [0, 1]; {@code level} is read live each step. */
    public NDArray apply(NDArray clean, float level, DeviceScalars scalars) {
        if (this == NONE || level <= 0f) {
            return clean;
        }
        if (this == MASKING) {
            NDArray keep = clean.getManager()
                    .randomUniform(0f, 1f, clean.getShape(), clean.getDataType(), clean.getDevice())
                    .gte(scalars.of(level));
            return clean.mul(keep);
        }
        NDArray noise = clean.getManager()
                .randomNormal(0f, level, clean.getShape(), clean.getDataType(), clean.getDevice());
        return clean.add(noise).clip(0f, 1f);
    }
}
