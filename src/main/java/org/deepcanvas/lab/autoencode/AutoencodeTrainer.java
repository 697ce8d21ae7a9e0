package org.deepcanvas.lab.autoencode;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.nn.autoencode.AutoencoderLoss;
import org.deepcanvas.nn.autoencode.AutoencoderNetwork;
import org.deepcanvas.nn.autoencode.LatentCode;

/**
 * Trains an autoencoder one batch per {@link #step} call on the compute thread. The whole
 * training set lives on the device; each epoch gathers it in a new seeded order, and a step
 * slices the next batch. Losses are summed on the device and read back only by
 * {@link #drainMetrics()}, so a step never waits for the device.
 *
 * <p>Call {@link #step} inside an NDScope; what the trainer keeps is owned by its manager.
 */
public final class AutoencodeTrainer implements AutoCloseable {
    public static final String RECONSTRUCTION = "reconstruction";
    public static final String KL = "kl";

    private final AutoencodeData data;
    private final AutoencoderNetwork network;
    private final NDManager manager;
    private final NDArray trainImages;
    private final NDArray previewImages;
    private final NDArray reconstructionSum;
    private final NDArray klSum;
    private final Optimizer optimizer;
    private final List<Pair<String, Parameter>> parameters;
    private final Random shuffleRandom;
    private volatile float learningRate;
    private NDArray epochOrder;
    private int epoch;
    private int nextIndex;
    private long steps;
    private int stepsSinceDrain;

    /** Uploads the data and builds the network on {@code manager}'s device, seeded by the settings. */
    public AutoencodeTrainer(AutoencodeData data, AutoencodeSettings settings, NDManager manager) {
        this(data, settings, manager, newNetwork(data, settings, manager));
    }

    /** Continues training (or only previews) an existing network, e.g. one loaded from disk. */
    public AutoencodeTrainer(
            AutoencodeData data, AutoencodeSettings settings, NDManager manager, AutoencoderNetwork network) {
        if (!network.imageShape().equals(data.shape())) {
            throw new IllegalArgumentException("the model reads " + network.imageShape()
                    + " images but the dataset holds " + data.shape() + " images");
        }
        this.data = data;
        this.network = network;
        this.manager = manager;
        this.trainImages = manager.create(data.train(), data.shape().batch(data.trainCount()));
        int previews = Math.min(settings.previewCount(), data.testCount());
        this.previewImages = manager.create(data.testPixels(0, previews), data.shape().batch(previews));
        this.reconstructionSum = manager.zeros(new Shape());
        this.klSum = manager.zeros(new Shape());
        this.learningRate = settings.learningRate();
        this.optimizer = Optimizer.adam().optLearningRateTracker((id, count) -> learningRate).build();
        this.parameters = network.parameters();
        this.shuffleRandom = new Random(settings.seed());
    }

    private static AutoencoderNetwork newNetwork(AutoencodeData data, AutoencodeSettings settings, NDManager manager) {
        manager.getEngine().setRandomSeed((int) settings.seed());
        return AutoencoderNetwork.create(settings.architecture(), data.shape(), manager);
    }

    public AutoencoderNetwork network() {
        return network;
    }

    public AutoencodeData data() {
        return data;
    }

    /** Optimisation steps taken so far. */
    public long steps() {
        return steps;
    }

    /** Completed passes over the training images. */
    public int epochsDone() {
        return epoch;
    }

    /** True once the settings' epoch count is reached (never when it is 0). */
    public boolean finished(AutoencodeSettings settings) {
        return settings.epochs() > 0 && epoch >= settings.epochs();
    }

    /** One optimisation step on the next batch with the latest settings. */
    public void step(AutoencodeSettings settings) {
        learningRate = settings.learningRate();
        NDArray clean = nextBatch(settings.batchSize());
        NDArray input = settings.corruption().apply(clean, settings.noiseLevel());
        NDArray reconstructionLoss;
        NDArray klLoss = null;
        try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
            LatentCode code = network.encode(input, true);
            NDArray z = code.mean();
            if (code.variational()) {
                NDArray noise = manager.randomNormal(z.getShape());
                z = AutoencoderLoss.sample(code.mean(), code.logVariance(), noise);
                klLoss = AutoencoderLoss.klDivergence(code.mean(), code.logVariance());
            }
            reconstructionLoss = AutoencoderLoss.reconstruction(network.decode(z, true), clean);
            NDArray loss = klLoss == null
                    ? reconstructionLoss
                    : reconstructionLoss.add(klLoss.mul(settings.klWeight()));
            collector.backward(loss);
        }
        for (Pair<String, Parameter> named : parameters) {
            NDArray weight = named.getValue().getArray();
            optimizer.update(named.getKey(), weight, weight.getGradient());
        }
        reconstructionSum.addi(reconstructionLoss.stopGradient());
        if (klLoss != null) {
            klSum.addi(klLoss.stopGradient());
        }
        steps++;
        stepsSinceDrain++;
    }

    /**
     * The mean losses since the last call (one read from the device), or an empty map when
     * no step ran since. Keys: {@link #RECONSTRUCTION}, and {@link #KL} for a VAE.
     */
    public Map<String, Double> drainMetrics() {
        if (stepsSinceDrain == 0) {
            return Map.of();
        }
        double reconstruction = reconstructionSum.getFloat() / stepsSinceDrain;
        double kl = klSum.getFloat() / stepsSinceDrain;
        reconstructionSum.subi(reconstructionSum);
        klSum.subi(klSum);
        stepsSinceDrain = 0;
        return network.architecture().variational()
                ? Map.of(RECONSTRUCTION, reconstruction, KL, kl)
                : Map.of(RECONSTRUCTION, reconstruction);
    }

    /**
     * The live view: a row of fixed test images, a row of their corrupted inputs (when
     * denoising) and a row of reconstructions, with grey borders.
     */
    public ArgbImage renderPreview(AutoencodeSettings settings) {
        try (NDScope ignored = new NDScope()) {
            NDArray input = settings.corruption().apply(previewImages, settings.noiseLevel());
            NDArray reconstructed = network.decode(network.encode(input, false).mean(), false);
            List<ArgbImage> cells = new ArrayList<>(ImageTensors.readAll(previewImages.toFloatArray(), data.shape()));
            if (input != previewImages) {
                cells.addAll(ImageTensors.readAll(input.toFloatArray(), data.shape()));
            }
            cells.addAll(ImageTensors.readAll(reconstructed.toFloatArray(), data.shape()));
            return ImageTensors.grid(cells, (int) previewImages.getShape().get(0));
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
        int count = data.trainCount();
        long[] order = new long[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = shuffleRandom.nextInt(i + 1);
            long swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        NDArray shuffled = trainImages.get(manager.create(order));
        NDScope.unregister(shuffled);
        return shuffled;
    }

    @Override
    public void close() {
        if (epochOrder != null) {
            epochOrder.close();
        }
    }
}
