package org.deepcanvas.nn.blocks;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import java.util.ArrayList;
import java.util.List;
import org.deepcanvas.nn.ImageShape;

/**
 * The vector-to-image half that autoencoder decoders, GAN generators and VAE-GAN decoders
 * share: a dense layer reshaped into the smallest feature map, then per level a
 * nearest-neighbour upsample (unless the level keeps the size) and a 3x3 convolution, run as
 * one sub-pixel convolution where the upsampling doubles the size. Upsampling replaces
 * transposed convolutions, which DJL's PyTorch engine does not run; it also avoids their
 * checkerboard artefacts. Hidden layers get batch norm (when asked) before their activation;
 * the last level makes the image, with the output activation.
 *
 * @param start the feature map the dense layer makes
 * @param levels each level's filters and size; the last one's filters are the image channels
 * @param hidden the activation after the dense layer and every level but the last
 * @param output the image's activation: SIGMOID for [0, 1], TANH for [-1, 1]
 * @param batchNorm batch norm before every hidden activation
 */
public record ConvDecoder(Level start, List<Level> levels, Nonlinearity hidden, Nonlinearity output,
                          boolean batchNorm) {

    /**
     * A feature map: its channels and size, and whether it is upsampled to that size from the
     * level before (an autoencoder always upsamples, even from 1x1 to 1x1: its saved weights
     * are named by position, so the block stays) or keeps the size.
     */
    public record Level(int filters, int height, int width, boolean upsampled) {
        public Level {
            if (filters < 1 || height < 1 || width < 1) {
                throw new IllegalArgumentException("a level needs filters and a size, got " + filters + " x "
                        + width + "x" + height);
            }
        }

        /** A level upsampled from the one before. */
        public static Level upsampled(int filters, int height, int width) {
            return new Level(filters, height, width, true);
        }

        /** A level at the size of the one before (or the start). */
        public static Level sameSize(int filters, int height, int width) {
            return new Level(filters, height, width, false);
        }
    }

    public ConvDecoder {
        levels = List.copyOf(levels);
        if (start == null || levels.isEmpty() || hidden == null || output == null) {
            throw new IllegalArgumentException("a decoder needs a start, levels and activations");
        }
        Level previous = start;
        for (Level level : levels) {
            if (!level.upsampled() && (level.height() != previous.height() || level.width() != previous.width())) {
                throw new IllegalArgumentException("a level that is not upsampled keeps the size before it, "
                        + previous.width() + "x" + previous.height());
            }
            previous = level;
        }
    }

    /** The decoder that walks an encoder's feature sizes back up to the image, filters mirrored. */
    public static ConvDecoder mirroring(ConvEncoder encoder, ImageShape image, Nonlinearity hidden,
                                        Nonlinearity output, boolean batchNorm) {
        List<int[]> sizes = encoder.featureSizes(image.height(), image.width());
        List<Integer> filters = encoder.filters();
        int[] smallest = sizes.get(sizes.size() - 1);
        Level start = Level.sameSize(filters.get(filters.size() - 1), smallest[0], smallest[1]);
        List<Level> levels = new ArrayList<>();
        for (int level = filters.size() - 1; level >= 0; level--) {
            int[] size = sizes.get(level);
            levels.add(Level.upsampled(level == 0 ? image.channels() : filters.get(level - 1), size[0], size[1]));
        }
        return new ConvDecoder(start, levels, hidden, output, batchNorm);
    }

    /** The layers, uninitialised (DJL infers the code size when the block is initialised). */
    public SequentialBlock build() {
        SequentialBlock block = new SubPixelSequentialBlock()
                .add(Linear.builder().setUnits((long) start.filters() * start.height() * start.width()).build());
        if (batchNorm) {
            block.add(BatchNorm.builder().build());
        }
        block.add(hidden.block()).add(FeatureMaps.reshape(start.filters(), start.height(), start.width()));
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            boolean last = i == levels.size() - 1;
            if (level.upsampled()) {
                block.add(FeatureMaps.upsampleNearest(level.height(), level.width()));
            }
            block.add(Conv2d.builder()
                    .setFilters(level.filters())
                    .setKernelShape(new Shape(3, 3))
                    .optPadding(new Shape(1, 1))
                    .build());
            if (batchNorm && !last) {
                block.add(BatchNorm.builder().build());
            }
            block.add(last ? output.block() : hidden.block());
        }
        return block;
    }
}
