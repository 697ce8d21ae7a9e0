package org.deepcanvas.nn.blocks;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;

/** The activations the generative networks are built from. */
public enum Nonlinearity {
    RELU,
    /** Slope 0.2 below zero, as in DCGAN's discriminator. */
    LEAKY_RELU,
    /** Images in [0, 1]. */
    SIGMOID,
    /** Images in [-1, 1], as a GAN's generator makes them. */
    TANH;

    private static final float LEAKY_SLOPE = 0.2f;

    /** A fresh block applying this activation. */
    public Block block() {
        return switch (this) {
            case RELU -> Activation.reluBlock();
            case LEAKY_RELU -> Activation.leakyReluBlock(LEAKY_SLOPE);
            case SIGMOID -> Activation.sigmoidBlock();
            case TANH -> Activation.tanhBlock();
        };
    }
}
