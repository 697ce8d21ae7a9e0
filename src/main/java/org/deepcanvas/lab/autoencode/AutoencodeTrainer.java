package org.deepcanvas.lab.autoencode;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.image.Montage;
import org.deepcanvas.nn.autoencode.AutoencoderLoss;
import org.deepcanvas.nn.autoencode.AutoencoderNetwork;
import org.deepcanvas.nn.autoencode.HostHeap;
import org.deepcanvas.nn.autoencode.LatentCode;
import org.deepcanvas.nn.Adam;
import org.deepcanvas.nn.DeviceScalars;
import org.deepcanvas.nn.Shuffle;
import org.deepcanvas.runtime.HostRead;

/**
 * Trains an autoencoder one batch per {@link #step} call on the compute thread. The whole
 * training set lives on the device; each epoch gathers it in a new seeded order, and a step
 * slices the next batch. A step returns its losses as device scalars, so it never waits for
 * the device unless the caller reads them.
 *
 * <p>Call {@link #step} inside an NDScope; what the trainer keeps is owned by its manager.
 */
public final class AutoencodeTrainer implements AutoCloseable {
    private final AutoencodeData data;
    private final AutoencoderNetwork network;
    private final NDManager manager;
    private final NDArray trainImages;
    private final NDArray previewImages;
    private final List<ArgbImage> previewOriginals;
    private final Adam optimizer;
    private final DeviceScalars scalars;
    private final Random shuffleRandom;
    private NDArray epochOrder;
    private int epoch;
    private int nextIndex;

    /**
     * Uploads the data and builds a new network on {@code manager}'s device (its weights come
     * from the engine's random generator: seed the engine first); {@code random} orders batches.
     */
    public AutoencodeTrainer(AutoencodeData data, AutoencodeSettings settings, NDManager manager, Random random) {
        this(data, settings, manager, random,
                AutoencoderNetwork.create(settings.architecture(), data.shape(), manager));
    }

    /** Continues training (or only previews) an existing network, e.g. one loaded from disk. */
    public AutoencodeTrainer(AutoencodeData data, AutoencodeSettings settings, NDManager manager, Random random,
            AutoencoderNetwork network) {
        if (!network.imageShape().equals(data.shape())) {
            throw new IllegalArgumentException("the model reads " + network.imageShape()
                    + " images but the dataset holds " + data.shape() + " images");
        }
        HostHeap.keepFreedMemoryAcrossSteps();
        this.data = data;
        this.network = network;
        this.manager = manager;
        this.trainImages = manager.create(data.train(), data.shape().batch(data.trainCount()));
        int previews = Math.min(settings.previewCount(), data.testCount());
        float[] previewPixels = data.testPixels(0, previews);
        this.previewImages = manager.create(previewPixels, data.shape().batch(previews));
        this.previewOriginals = ImageTensors.readAll(previewPixels, data.shape());
        NDScope.unregister(trainImages, previewImages);
        this.optimizer = new Adam(network.parameters().stream().map(p -> p.getValue().getArray()).toList());
        this.scalars = new DeviceScalars(manager);
        this.shuffleRandom = random;
    }

    public AutoencoderNetwork network() {
        return network;
    }

    /** Steps in one pass over the training images at a batch size. */
    public static long stepsPerEpoch(AutoencodeData data, int batchSize) {
        return (data.trainCount() + batchSize - 1) / batchSize;
    }

    /** Completed passes over the training images. */
    public int epochsDone() {
        return epoch;
    }

    /** One optimisation step on the next batch with the latest settings; its losses, unread. */
    public StepLosses step(AutoencodeSettings settings) {
        NDArray clean = nextBatch(settings.batchSize());
        NDArray input = settings.corruption().apply(clean, settings.noiseLevel(), scalars);
        NDArray reconstructionLoss;
        NDArray klLoss = null;
        try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
            LatentCode code = network.encode(input, true);
            NDArray z = code.mean();
            if (code.variational()) {
                NDArray noise = manager.randomNormal(z.getShape());
                z = AutoencoderLoss.sample(code.mean(), code.logVariance(), noise, scalars);
                klLoss = AutoencoderLoss.klDivergence(code.mean(), code.logVariance(), scalars);
            }
            reconstructionLoss = AutoencoderLoss.reconstruction(network.decode(z, true), clean);
            NDArray loss = klLoss == null
                    ? reconstructionLoss
                    : reconstructionLoss.add(klLoss.mul(scalars.of(settings.klWeight())));
            collector.backward(loss);
        }
        optimizer.update(settings.learningRate());
        return new StepLosses(reconstructionLoss, klLoss);
    }

    /**
     * The live view: a row of fixed test images, a row of their corrupted inputs (when
     * denoising) and a row of reconstructions, with grey borders.
     */
    public ArgbImage renderPreview(AutoencodeSettings settings) {
        try (NDScope ignored = new NDScope()) {
            NDArray input = settings.corruption().apply(previewImages, settings.noiseLevel(), scalars);
            NDArray reconstructed = network.decode(network.encode(input, false).mean(), false);
            List<ArgbImage> cells = new ArrayList<>(previewOriginals);
            if (input != previewImages) {
                cells.addAll(ImageTensors.readAll(HostRead.floats(input), data.shape()));
            }
            cells.addAll(ImageTensors.readAll(HostRead.floats(reconstructed), data.shape()));
            return Montage.inColumns(cells, previewOriginals.size()).image();
        }
    }

    private NDArray nextBatch(int batchSize) {
        int count = data.trainCount();
        if (epochOrder == null || nextIndex >= count) {
            if (epochOrder != null) {
                epochOrder.close();
            }
            epochOrder = shuffledTrainImages();
            nextIndex = 0;
        }
        int end = Math.min(count, nextIndex + batchSize);
        NDArray batch = epochOrder.get(nextIndex + ":" + end);
        nextIndex = end;
        if (nextIndex >= count) {
            epoch++;
        }
        return batch;
    }

    private NDArray shuffledTrainImages() {
        long[] order = Arrays.stream(Shuffle.order(data.trainCount(), shuffleRandom)).asLongStream().toArray();
        NDArray shuffled = trainImages.get(manager.create(order));
        NDScope.unregister(shuffled);
        return shuffled;
    }

    @Override
    public void close() {
        optimizer.close();
        scalars.close();
        if (epochOrder != null) {
            epochOrder.close();
        }
    }
}
