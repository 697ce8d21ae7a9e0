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
     * RGB. Differentiable, on the input's device.
     */
    public NDArray normalize(NDArray image) {
        long imageChannels = image.getShape().get(1);
        NDArray x = image;
        if (imageChannels == 3 && channels == 1) {
            x = toGrey(image);
        } else if (imageChannels == 1 && channels == 3) {
            x = image.repeat(1, 3);
        } else if (imageChannels != channels) {
            throw new IllegalArgumentException("images need 1 or 3 channels, not " + imageChannels);
        }
        NDManager manager = x.getManager();
        return x.sub(column(manager, mean)).div(column(manager, std));
    }

    /** The inverse of {@link #normalize} for RGB networks: back to values 0..1. */
    public NDArray denormalize(NDArray x) {
        NDManager manager = x.getManager();
        return x.mul(column(manager, std)).add(column(manager, mean));
    }

    private static NDArray toGrey(NDArray rgb) {
        NDArray weights = rgb.getManager().create(new float[] {0.299f, 0.587f, 0.114f}).reshape(1, 3, 1, 1);
        return rgb.mul(weights).sum(new int[] {1}, true);
    }

    private NDArray column(NDManager manager, float[] values) {
        return manager.create(values).reshape(1, channels, 1, 1);
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
