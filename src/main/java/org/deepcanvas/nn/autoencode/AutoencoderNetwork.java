package org.deepcanvas.nn.autoencode;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import org.deepcanvas.nn.blocks.Conv2d;

/**
 * An encoder and a mirrored decoder built from an {@link AutoencoderArchitecture}, with
 * parameters owned by the manager given to {@link #create}. Images are NCHW in [0, 1].
 *
 * <p>The convolutional decoder upsamples (nearest) and then convolves, because DJL's
 * transposed convolution throws on the PyTorch engine; it also avoids checkerboards.
 */
public final class AutoencoderNetwork {
    private static final int NEAREST = 0;

    private final AutoencoderArchitecture architecture;
    private final ImageShape imageShape;
    private final SequentialBlock encoder;
    private final SequentialBlock decoder;
    private final ParameterStore parameterStore;

    private AutoencoderNetwork(
            AutoencoderArchitecture architecture, ImageShape imageShape, NDManager manager) {
        this.architecture = architecture;
        this.imageShape = imageShape;
        boolean convolutional = architecture.kind() == AutoencoderArchitecture.Kind.CONVOLUTIONAL;
        if (convolutional) {
            List<int[]> featureSizes = encoderFeatureSizes();
            this.encoder = convolutionalEncoder();
            this.decoder = convolutionalDecoder(featureSizes);
        } else {
            this.encoder = fullyConnectedEncoder();
            this.decoder = fullyConnectedDecoder();
        }
        encoder.initialize(manager, DataType.FLOAT32, imageShape.batch(1));
        decoder.initialize(manager, DataType.FLOAT32, new Shape(1, architecture.codeSize()));
        // the weights live as long as the manager, even when built inside an NDScope
        parameters().forEach(p -> NDScope.unregister(p.getValue().getArray()));
        this.parameterStore = new ParameterStore(manager, false);
    }

    /** Builds and initialises a network (seed the engine first for repeatable weights). */
    public static AutoencoderNetwork create(
            AutoencoderArchitecture architecture, ImageShape imageShape, NDManager manager) {
        return new AutoencoderNetwork(architecture, imageShape, manager);
    }

    public AutoencoderArchitecture architecture() {
        return architecture;
    }

    public ImageShape imageShape() {
        return imageShape;
    }

    /** Encodes a batch of images; a plain autoencoder's code is its mean, with no log-variance. */
    public LatentCode encode(NDArray images, boolean training) {
        NDArray out = encoder.forward(parameterStore, new NDList(images), training).singletonOrThrow();
        if (!architecture.variational()) {
            return new LatentCode(out, null);
        }
        NDList halves = out.split(2, 1);
        return new LatentCode(halves.get(0), halves.get(1));
    }

    /** Decodes a batch of codes (N, codeSize) into images (N, C, H, W) in [0, 1]. */
    public NDArray decode(NDArray codes, boolean training) {
        return decoder.forward(parameterStore, new NDList(codes), training).singletonOrThrow();
    }

    /** Every trainable parameter with a stable name ("encoder.01Linear_weight", ...). */
    public List<Pair<String, Parameter>> parameters() {
        List<Pair<String, Parameter>> named = new ArrayList<>();
        encoder.getParameters().forEach(p -> named.add(new Pair<>("encoder." + p.getKey(), p.getValue())));
        decoder.getParameters().forEach(p -> named.add(new Pair<>("decoder." + p.getKey(), p.getValue())));
        return named;
    }

    private int encoderOutputs() {
        return architecture.variational() ? 2 * architecture.codeSize() : architecture.codeSize();
    }

    private SequentialBlock fullyConnectedEncoder() {
        SequentialBlock block = new SequentialBlock().add(Blocks.batchFlattenBlock());
        for (int width : architecture.layers()) {
            block.add(Linear.builder().setUnits(width).build()).add(Activation::relu);
        }
        return block.add(Linear.builder().setUnits(encoderOutputs()).build());
    }

    private SequentialBlock fullyConnectedDecoder() {
        SequentialBlock block = new SequentialBlock();
        List<Integer> widths = architecture.layers();
        for (int i = widths.size() - 1; i >= 0; i--) {
            block.add(Linear.builder().setUnits(widths.get(i)).build()).add(Activation::relu);
        }
        block.add(Linear.builder().setUnits(imageShape.values()).build()).add(Activation::sigmoid);
        return block.add(reshapeTo(imageShape.channels(), imageShape.height(), imageShape.width()));
    }

    private SequentialBlock convolutionalEncoder() {
        int kernel = architecture.kernelSize();
        int padding = stridedPadding();
        SequentialBlock block = new SequentialBlock();
        for (int filters : architecture.layers()) {
            block.add(Conv2d.builder()
                            .setFilters(filters)
                            .setKernelShape(new Shape(kernel, kernel))
                            .optStride(new Shape(2, 2))
                            .optPadding(new Shape(padding, padding))
                            .build())
                    .add(Activation::relu);
        }
        block.add(Blocks.batchFlattenBlock());
        return block.add(Linear.builder().setUnits(encoderOutputs()).build());
    }

    /** Dense to the smallest feature map, then per level: upsample, 3x3 convolution. */
    private SequentialBlock convolutionalDecoder(List<int[]> sizes) {
        List<Integer> filters = architecture.layers();
        int[] smallest = sizes.get(sizes.size() - 1);
        int deepest = filters.get(filters.size() - 1);
        SequentialBlock block = new SequentialBlock()
                .add(Linear.builder().setUnits((long) deepest * smallest[0] * smallest[1]).build())
                .add(Activation::relu)
                .add(reshapeTo(deepest, smallest[0], smallest[1]));
        for (int level = filters.size() - 1; level >= 0; level--) {
            int[] target = sizes.get(level);
            boolean last = level == 0;
            block.add(upsampleTo(target[0], target[1]))
                    .add(Conv2d.builder()
                            .setFilters(last ? imageShape.channels() : filters.get(level - 1))
                            .setKernelShape(new Shape(3, 3))
                            .optPadding(new Shape(1, 1))
                            .build())
                    .add(last ? Activation.sigmoidBlock() : Activation.reluBlock());
        }
        return block;
    }

    /** Heights and widths of the input and of each strided convolution's output. */
    private List<int[]> encoderFeatureSizes() {
        int kernel = architecture.kernelSize();
        int padding = stridedPadding();
        List<int[]> sizes = new ArrayList<>();
        int h = imageShape.height();
        int w = imageShape.width();
        sizes.add(new int[] {h, w});
        for (int i = 0; i < architecture.layers().size(); i++) {
            h = Math.floorDiv(h + 2 * padding - kernel, 2) + 1;
            w = Math.floorDiv(w + 2 * padding - kernel, 2) + 1;
            if (h < 1 || w < 1) {
                throw new IllegalArgumentException(
                        "too many strided layers for " + imageShape.width() + "x" + imageShape.height() + " images");
            }
            sizes.add(new int[] {h, w});
        }
        return sizes;
    }

    /** The padding that makes a stride-2 convolution halve the size (28 -> 14 with 4x4). */
    private int stridedPadding() {
        int kernel = architecture.kernelSize();
        return kernel / 2 - 1 + kernel % 2;
    }

    private static LambdaBlock reshapeTo(long channels, long height, long width) {
        return LambdaBlock.singleton(x -> x.reshape(new Shape(-1, channels, height, width)));
    }

    private static LambdaBlock upsampleTo(long height, long width) {
        return LambdaBlock.singleton(
                x -> x.getNDArrayInternal().interpolation(new long[] {height, width}, NEAREST, false));
    }
}
