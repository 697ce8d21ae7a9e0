package org.deepcanvas.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.Arrays;

/**
 * How a network wants its input: {@code channels} (3 = RGB, 1 = grey), a suggested input
 * side in pixels, and the per-channel mean and std applied to values in 0..1.
 */
public record Preprocessing(int channels, int inputSize, float[] mean, float[] std) {
    /** torchvision's ImageNet statistics, used by the VGG weights of timm and torchvision. */
    public static Preprocessing imageNet() {
        return new Preprocessing(3, 224, new float[] {0.485f, 0.456f, 0.406f}, new float[] {0.229f, 0.224f, 0.225f});
    }

    public Preprocessing {
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 or 3, not " + channels);
        }
        if (mean.length != channels || std.length != channels) {
            throw new IllegalArgumentException("mean and std need one value per channel");
        }
        mean = mean.clone();
        std = std.clone();
    }

    @Override
    public float[] mean() {
        return mean.clone();
    }

    @Override
    public float[] std() {
        return std.clone();
    }

    /**
     * Turns a batch (N, 3 or 1, H, W) with values 0..1 into the network's input: grey
     * networks get the luma of colour images, colour networks see grey images as grey
     * RGB. Differentiable, on the input's device. Makes its constants on every call; a
     * loop that normalises each step keeps an {@link #normalizer} instead.
     */
    public NDArray normalize(NDArray image) {
        try (InputNormalizer normalizer = normalizer(image.getManager())) {
            return normalizer.apply(image);
        }
    }

    /** This preprocessing with its constants made once on {@code manager}'s device. */
    public InputNormalizer normalizer(NDManager manager) {
        return new InputNormalizer(manager, this);
    }

    /** The inverse of {@link #normalize} for RGB networks: back to values 0..1. */
    public NDArray denormalize(NDArray x) {
        NDManager manager = x.getManager();
        return x.mul(InputNormalizer.column(manager, std)).add(InputNormalizer.column(manager, mean));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Preprocessing p && p.channels == channels && p.inputSize == inputSize
                && Arrays.equals(p.mean, mean) && Arrays.equals(p.std, std);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * channels + inputSize) + 31 * Arrays.hashCode(mean) + Arrays.hashCode(std);
    }

    @Override
    public String toString() {
        return "Preprocessing[channels=" + channels + ", inputSize=" + inputSize
                + ", mean=" + Arrays.toString(mean) + ", std=" + Arrays.toString(std) + "]";
    }
}
