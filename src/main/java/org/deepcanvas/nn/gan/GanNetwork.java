package org.deepcanvas.nn.gan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import org.deepcanvas.nn.ImageShape;
import org.deepcanvas.nn.autoencode.LatentCode;
import org.deepcanvas.nn.blocks.ConvDecoder;
import org.deepcanvas.nn.blocks.ConvDecoder.Level;
import org.deepcanvas.nn.blocks.ConvEncoder;
import org.deepcanvas.nn.blocks.Nonlinearity;

/**
 * A GAN's networks built from a {@link GanArchitecture} for one image size: the generator
 * (a {@link ConvDecoder} with batch norm, ReLU and tanh: codes to images in [-1, 1]), the
 * discriminator (a {@link ConvEncoder} with LeakyReLU and batch norm, to one logit, with its
 * last features exposed for the VAE-GAN's learned distance) and, for a VAE-GAN, the encoder
 * (the discriminator's shape, to a mean and a log-variance). Weights start as DCGAN's
 * N(0, 0.02) (batch norm scales N(1, 0.02)); parameters belong to the manager given.
 */
public final class GanNetwork {
    private static final float INIT_SIGMA = 0.02f;

    /** Which network a weight belongs to (each has its own optimiser). */
    public enum Part { GENERATOR, DISCRIMINATOR, ENCODER }

    /** What the discriminator says of a batch: one logit per image, and the features it saw. */
    public record Judgement(NDArray logits, NDArray features) {}

    private final GanArchitecture architecture;
    private final ImageShape imageShape;
    private final SequentialBlock generator;
    private final SequentialBlock discriminatorFeatures;
    private final Block discriminatorHead;
    private final SequentialBlock encoder;
    private final ParameterStore parameterStore;

    private GanNetwork(GanArchitecture architecture, ImageShape imageShape, NDManager manager) {
        this.architecture = architecture;
        this.imageShape = imageShape;
        int levels = GanArchitecture.levels(imageShape);
        List<Integer> filters = new ArrayList<>();
        for (int level = 0; level < levels; level++) {
            filters.add(architecture.filters() << level);
        }
        ConvEncoder discriminator = new ConvEncoder(filters, 4, Nonlinearity.LEAKY_RELU, true, 1);
        this.generator = generator(filters, imageShape).build();
        this.discriminatorFeatures = discriminator.features();
        this.discriminatorHead = discriminator.head();
        this.encoder = architecture.encodes()
                ? new ConvEncoder(filters, 4, Nonlinearity.LEAKY_RELU, true, 2 * architecture.codeSize()).build()
                : null;
        int side = imageShape.width() >> levels;
        initialize(generator, manager, new Shape(1, architecture.codeSize()));
        initialize(discriminatorFeatures, manager, imageShape.batch(1));
        initialize(discriminatorHead, manager, new Shape(1, (long) filters.get(levels - 1) * side * side));
        if (encoder != null) {
            initialize(encoder, manager, imageShape.batch(1));
        }
        // the weights live as long as the manager, even when built inside an NDScope
        parameters().forEach(p -> NDScope.unregister(p.getValue().getArray()));
        this.parameterStore = new ParameterStore(manager, false);
    }

    /** Builds and initialises the networks (seed the engine first for repeatable weights). */
    public static GanNetwork create(GanArchitecture architecture, ImageShape imageShape, NDManager manager) {
        return new GanNetwork(architecture, imageShape, manager);
    }

    public GanArchitecture architecture() {
        return architecture;
    }

    public ImageShape imageShape() {
        return imageShape;
    }

    /** Images (N, C, H, W) in [-1, 1] from codes (N, codeSize). */
    public NDArray generate(NDArray codes, boolean training) {
        return generator.forward(parameterStore, new NDList(codes), training).singletonOrThrow();
    }

    /** The discriminator's logits (N, 1) for images in [-1, 1], and its flattened last features. */
    public Judgement discriminate(NDArray images, boolean training) {
        NDArray features = discriminatorFeatures.forward(parameterStore, new NDList(images), training)
                .singletonOrThrow();
        NDArray logits = discriminatorHead.forward(parameterStore, new NDList(features), training).singletonOrThrow();
        return new Judgement(logits, features);
    }

    /** A VAE-GAN's code of images in [-1, 1]: mean and log-variance. */
    public LatentCode encode(NDArray images, boolean training) {
        if (encoder == null) {
            throw new IllegalStateException("a DCGAN has no encoder; a VAE-GAN has");
        }
        NDList halves = encoder.forward(parameterStore, new NDList(images), training).singletonOrThrow().split(2, 1);
        return new LatentCode(halves.get(0), halves.get(1));
    }

    /**
     * Every parameter with a stable name ("generator.01Linear_weight", ...), batch norm's
     * running statistics included: they are part of what a saved model decodes with.
     */
    public List<Pair<String, Parameter>> parameters() {
        List<Pair<String, Parameter>> named = new ArrayList<>();
        add(named, "generator.", generator);
        add(named, "discriminator.features.", discriminatorFeatures);
        add(named, "discriminator.head.", discriminatorHead);
        if (encoder != null) {
            add(named, "encoder.", encoder);
        }
        return named;
    }

    /** The weights one optimiser trains (running statistics excluded). */
    public List<NDArray> trainableWeights(Part part) {
        String prefix = switch (part) {
            case GENERATOR -> "generator.";
            case DISCRIMINATOR -> "discriminator.";
            case ENCODER -> "encoder.";
        };
        return parameters().stream()
                .filter(p -> p.getKey().startsWith(prefix) && p.getValue().requiresGradient())
                .map(p -> p.getValue().getArray())
                .toList();
    }

    /** Dense to the smallest map, then upsample + 3x3 conv per level, then a conv to the image. */
    private static ConvDecoder generator(List<Integer> filters, ImageShape image) {
        int levels = filters.size();
        int smallest = image.width() >> levels;
        Level start = Level.sameSize(filters.get(levels - 1) * 2, smallest, smallest);
        List<Level> steps = new ArrayList<>();
        for (int level = levels - 1; level >= 0; level--) {
            int side = image.width() >> level;
            steps.add(Level.upsampled(filters.get(level), side, side));
        }
        steps.add(Level.sameSize(image.channels(), image.height(), image.width()));
        return new ConvDecoder(start, steps, Nonlinearity.RELU, Nonlinearity.TANH, true);
    }

    private static void initialize(Block block, NDManager manager, Shape input) {
        block.setInitializer(new NormalInitializer(INIT_SIGMA), Parameter.Type.WEIGHT);
        block.setInitializer((m, shape, type) -> m.randomNormal(1f, INIT_SIGMA, shape, type), Parameter.Type.GAMMA);
        block.initialize(manager, DataType.FLOAT32, input);
    }

    private static void add(List<Pair<String, Parameter>> named, String prefix, Block block) {
        block.getParameters().forEach(p -> named.add(new Pair<>(prefix + p.getKey(), p.getValue())));
    }
}
