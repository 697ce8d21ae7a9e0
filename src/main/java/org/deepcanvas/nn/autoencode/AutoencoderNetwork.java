package org.deepcanvas.nn.autoencode;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import org.deepcanvas.nn.ImageShape;
import org.deepcanvas.nn.blocks.ConvDecoder;
import org.deepcanvas.nn.blocks.ConvEncoder;
import org.deepcanvas.nn.blocks.FeatureMaps;
import org.deepcanvas.nn.blocks.Nonlinearity;

/**
 * An encoder and a mirrored decoder built from an {@link AutoencoderArchitecture}, with
 * parameters owned by the manager given to {@link #create}. Images are NCHW in [0, 1].
 *
 * <p>The convolutional halves are the shared {@link ConvEncoder} and {@link ConvDecoder}
 * without batch norm. Saved models name their weights by the blocks' positions
 * ("decoder.05Conv2d_weight"), so the layer sequence must not change.
 */
public final class AutoencoderNetwork {
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
            ConvEncoder convEncoder = new ConvEncoder(
                    architecture.layers(), architecture.kernelSize(), Nonlinearity.RELU, false, encoderOutputs());
            this.decoder = ConvDecoder.mirroring(convEncoder, imageShape, Nonlinearity.RELU, Nonlinearity.SIGMOID, false)
                    .build();
            this.encoder = convEncoder.build();
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
        return block.add(FeatureMaps.reshape(imageShape.channels(), imageShape.height(), imageShape.width()));
    }
}
