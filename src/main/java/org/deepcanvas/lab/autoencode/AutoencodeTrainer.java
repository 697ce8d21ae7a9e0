package org.deepcanvas.lab.autoencode;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.image.Montage;
import org.deepcanvas.lab.trainingset.ImageTensors;
import org.deepcanvas.lab.trainingset.TrainingBatches;
import org.deepcanvas.lab.trainingset.TrainingSet;
import org.deepcanvas.nn.Adam;
import org.deepcanvas.nn.DeviceScalars;
import org.deepcanvas.nn.autoencode.AutoencoderLoss;
import org.deepcanvas.nn.autoencode.AutoencoderNetwork;
import org.deepcanvas.nn.autoencode.LatentCode;
import org.deepcanvas.runtime.HostRead;

/**
 * Trains an autoencoder one batch per {@link #step} call on the compute thread, on batches
 * from {@link TrainingBatches} (the whole training set on the device). A step returns its
 * losses as device scalars, so it never waits for the device unless the caller reads them.
 *
 * <p>Call {@link #step} inside an NDScope; what the trainer keeps is owned by its manager.
 */
public final class AutoencodeTrainer implements AutoCloseable {
    private final TrainingSet data;
    private final AutoencoderNetwork network;
    private final NDManager manager;
    private final TrainingBatches batches;
    private final NDArray previewImages;
    private final List<ArgbImage> previewOriginals;
    private final Adam optimizer;
    private final DeviceScalars scalars;

    /**
     * Uploads the data and builds a new network on {@code manager}'s device (its weights come
     * from the engine's random generator: seed the engine first); {@code random} orders batches.
     */
    public AutoencodeTrainer(TrainingSet data, AutoencodeSettings settings, NDManager manager, Random random) {
        this(data, settings, manager, random,
                AutoencoderNetwork.create(settings.architecture(), data.shape(), manager));
    }

    /** Continues training (or only previews) an existing network, e.g. one loaded from disk. */
    public AutoencodeTrainer(TrainingSet data, AutoencodeSettings settings, NDManager manager, Random random,
            AutoencoderNetwork network) {
        if (!network.imageShape().equals(data.shape())) {
            throw new IllegalArgumentException("the model reads " + network.imageShape()
                    + " images but the dataset holds " + data.shape() + " images");
        }
        this.data = data;
        this.network = network;
        this.manager = manager;
        this.batches = new TrainingBatches(data, manager, random);
        int previews = Math.min(settings.previewCount(), data.testCount());
        float[] previewPixels = data.testPixels(0, previews);
        this.previewImages = manager.create(previewPixels, data.shape().batch(previews));
        this.previewOriginals = ImageTensors.readAll(previewPixels, data.shape());
        NDScope.unregister(previewImages);
        this.optimizer = new Adam(network.parameters().stream().map(p -> p.getValue().getArray()).toList());
        this.scalars = new DeviceScalars(manager);
    }

    public AutoencoderNetwork network() {
        return network;
    }

    /** Completed passes over the training images. */
    public int epochsDone() {
        return batches.epochsDone();
    }

    /** One optimisation step on the next batch with the latest settings; its losses, unread. */
    public StepLosses step(AutoencodeSettings settings) {
        NDArray clean = batches.next(settings.batchSize());
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

    @Override
    public void close() {
        optimizer.close();
        scalars.close();
        batches.close();
    }
}
