package org.deepcanvas.nn.blocks;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import java.util.ArrayList;
import java.util.List;

/**
 * The image-to-vector half that autoencoders, GAN discriminators and VAE-GAN encoders share:
 * stride-2 convolutions that halve the image at each level, each followed by batch norm
 * (when asked, and never after the first, as in DCGAN) and the activation, then one dense
 * layer on the flattened features.
 *
 * @param filters the filter count of each level
 * @param kernelSize the convolutions' kernel, 2..7; the padding makes stride 2 halve the size
 * @param activation what follows each convolution (and its batch norm)
 * @param batchNorm batch norm after every convolution but the first
 * @param outputs the dense layer's units: a code, a mean and log-variance, or one logit
 */
public record ConvEncoder(List<Integer> filters, int kernelSize, Nonlinearity activation, boolean batchNorm,
                          int outputs) {
    public ConvEncoder {
        filters = List.copyOf(filters);
        if (filters.isEmpty() || filters.stream().anyMatch(n -> n == null || n < 1 || n > 4096)) {
            throw new IllegalArgumentException("filter counts must be 1..4096, got " + filters);
        }
        if (kernelSize < 2 || kernelSize > 7) {
            throw new IllegalArgumentException("kernel size must be 2..7, got " + kernelSize);
        }
        if (activation == null || outputs < 1) {
            throw new IllegalArgumentException("an encoder needs an activation and at least one output");
        }
    }

    /** The layers, uninitialised (DJL infers the input sizes when the block is initialised). */
    public SequentialBlock build() {
        return features().add(head());
    }

    /** The convolutions with their norms and activations, flattened: what the dense layer reads. */
    public SequentialBlock features() {
        int padding = padding();
        SequentialBlock block = new SequentialBlock();
        for (int level = 0; level < filters.size(); level++) {
            block.add(Conv2d.builder()
                    .setFilters(filters.get(level))
                    .setKernelShape(new Shape(kernelSize, kernelSize))
                    .optStride(new Shape(2, 2))
                    .optPadding(new Shape(padding, padding))
                    .build());
            if (batchNorm && level > 0) {
                block.add(BatchNorm.builder().build());
            }
            block.add(activation.block());
        }
        return block.add(Blocks.batchFlattenBlock());
    }

    /** The dense layer on the features. */
    public Linear head() {
        return Linear.builder().setUnits(outputs).build();
    }

    /**
     * Heights and widths of the input and of each level's output ({height, width} each),
     * for a decoder that mirrors the encoder.
     *
     * @throws IllegalArgumentException when the image is too small for that many levels
     */
    public List<int[]> featureSizes(int height, int width) {
        int padding = padding();
        List<int[]> sizes = new ArrayList<>();
        int h = height;
        int w = width;
        sizes.add(new int[] {h, w});
        for (int i = 0; i < filters.size(); i++) {
            h = Math.floorDiv(h + 2 * padding - kernelSize, 2) + 1;
            w = Math.floorDiv(w + 2 * padding - kernelSize, 2) + 1;
            if (h < 1 || w < 1) {
                throw new IllegalArgumentException("too many strided layers for " + width + "x" + height + " images");
            }
            sizes.add(new int[] {h, w});
        }
        return sizes;
    }

    /** The padding that makes a stride-2 convolution halve the size (28 -> 14 with 4x4 and with 3x3). */
    public int padding() {
        return kernelSize / 2 - 1 + kernelSize % 2;
    }
}
