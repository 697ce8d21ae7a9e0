package org.deepcanvas.nn.autoencode;

import java.util.List;

/**
 * The shape of an autoencoder network: everything that, when changed, needs a new network
 * (and so a restart of training). Live knobs such as the learning rate live elsewhere.
 *
 * @param kind fully connected or convolutional encoder (the decoder mirrors it)
 * @param variational whether the encoder outputs a mean and a log-variance (a VAE)
 * @param layers hidden widths (fully connected) or filter counts (convolutional), encoder order
 * @param kernelSize the kernel of the strided encoder convolutions (convolutional only)
 * @param codeSize the size of the latent code, 1..64
 */
public record AutoencoderArchitecture(
        Kind kind, boolean variational, List<Integer> layers, int kernelSize, int codeSize) {

    public static final int MAX_CODE_SIZE = 64;
    /** The widest layer, the most layers and the kernel sizes a network may have (CLI, pane and saved files share them). */
    public static final int MAX_LAYER_SIZE = 4096;
    public static final int MAX_LAYERS = 8;
    public static final int MIN_KERNEL_SIZE = 2;
    public static final int MAX_KERNEL_SIZE = 7;

    /** Encoder families. */
    public enum Kind {
        FULLY_CONNECTED,
        CONVOLUTIONAL
    }

    public AutoencoderArchitecture {
        if (kind == null) {
            throw new IllegalArgumentException("the network kind is missing");
        }
        if (layers == null || layers.isEmpty() || layers.size() > MAX_LAYERS
                || layers.stream().anyMatch(n -> n == null || n < 1 || n > MAX_LAYER_SIZE)) {
            throw new IllegalArgumentException("layers must be 1.." + MAX_LAYERS + " sizes of 1.." + MAX_LAYER_SIZE
                    + ", got " + layers);
        }
        layers = List.copyOf(layers);
        if (codeSize < 1 || codeSize > MAX_CODE_SIZE) {
            throw new IllegalArgumentException("code size must be 1.." + MAX_CODE_SIZE + ", got " + codeSize);
        }
        if (kind == Kind.CONVOLUTIONAL && (kernelSize < MIN_KERNEL_SIZE || kernelSize > MAX_KERNEL_SIZE)) {
            throw new IllegalArgumentException("kernel size must be " + MIN_KERNEL_SIZE + ".." + MAX_KERNEL_SIZE
                    + ", got " + kernelSize);
        }
    }

    /** The course's fully connected autoencoder: 512-256-128-64, 2-D code. */
    public static AutoencoderArchitecture fullyConnected() {
        return new AutoencoderArchitecture(Kind.FULLY_CONNECTED, false, List.of(512, 256, 128, 64), 4, 2);
    }

    /** The course's convolutional autoencoder: 16-16-16 filters, 4x4 kernels, 2-D code. */
    public static AutoencoderArchitecture convolutional() {
        return new AutoencoderArchitecture(Kind.CONVOLUTIONAL, false, List.of(16, 16, 16), 4, 2);
    }

    /** The same network with a variational code (or a plain one). */
    public AutoencoderArchitecture withVariational(boolean value) {
        return new AutoencoderArchitecture(kind, value, layers, kernelSize, codeSize);
    }

    public AutoencoderArchitecture withCodeSize(int value) {
        return new AutoencoderArchitecture(kind, variational, layers, kernelSize, value);
    }

    public AutoencoderArchitecture withLayers(List<Integer> value) {
        return new AutoencoderArchitecture(kind, variational, value, kernelSize, codeSize);
    }
}
