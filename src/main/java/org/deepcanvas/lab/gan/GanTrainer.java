package org.deepcanvas.lab.gan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.Random;
import org.deepcanvas.lab.trainingset.TrainingBatches;
import org.deepcanvas.lab.trainingset.TrainingSet;
import org.deepcanvas.nn.Adam;
import org.deepcanvas.nn.DeviceScalars;
import org.deepcanvas.nn.autoencode.AutoencoderLoss;
import org.deepcanvas.nn.autoencode.LatentCode;
import org.deepcanvas.nn.gan.GanLoss;
import org.deepcanvas.nn.gan.GanNetwork;
import org.deepcanvas.nn.gan.GanNetwork.Judgement;
import org.deepcanvas.nn.gan.GanNetwork.Part;
import org.deepcanvas.runtime.HostRead;

/**
 * Trains a DCGAN or a VAE-GAN one iteration per {@link #step} call on the compute thread.
 * A DCGAN iteration is a discriminator step on a real and a fake batch, then a generator
 * step on the same fakes (as PyTorch's DCGAN example). A VAE-GAN iteration updates encoder
 * and decoder from one backward pass, then the discriminator on the real images, their
 * reconstructions and samples of the prior. Both optimisers are DCGAN's Adam (beta1 0.5);
 * the equilibrium balancing gates their updates on the device. Images are in [-1, 1] here.
 *
 * <p>Call {@link #step} inside an NDScope; what the trainer keeps is owned by its manager.
 */
public final class GanTrainer implements AutoCloseable {
    private static final float BETA1 = 0.5f;
    private static final float BETA2 = 0.999f;
    /** How much of the last steps' losses the running averages keep (health checks read them). */
    private static final float AVERAGE_KEEP = 0.95f;

    private final GanNetwork network;
    private final NDManager manager;
    private final TrainingBatches batches;
    private final DeviceScalars scalars;
    private final Adam generatorOptimizer;
    private final Adam discriminatorOptimizer;
    private final Adam encoderOptimizer;
    private final NDArray averageDiscriminatorLoss;
    private final NDArray averageGeneratorLoss;
    private long steps;

    /**
     * Uploads the data and trains {@code network} on {@code manager}'s device (a new network's
     * weights come from the engine's random generator: seed it first); {@code random} orders
     * the batches.
     */
    public GanTrainer(TrainingSet data, NDManager manager, Random random, GanNetwork network) {
        if (!network.imageShape().equals(data.shape())) {
            throw new IllegalArgumentException("the model makes " + network.imageShape()
                    + " images but the dataset holds " + data.shape() + " images");
        }
        this.network = network;
        this.manager = manager;
        this.batches = new TrainingBatches(data, manager, random);
        this.scalars = new DeviceScalars(manager);
        this.generatorOptimizer = new Adam(network.trainableWeights(Part.GENERATOR), BETA1, BETA2);
        this.discriminatorOptimizer = new Adam(network.trainableWeights(Part.DISCRIMINATOR), BETA1, BETA2);
        this.encoderOptimizer = network.architecture().encodes()
                ? new Adam(network.trainableWeights(Part.ENCODER), BETA1, BETA2) : null;
        this.averageDiscriminatorLoss = manager.create(GanSettings.EQUILIBRIUM);
        this.averageGeneratorLoss = manager.create(GanSettings.EQUILIBRIUM);
        NDScope.unregister(averageDiscriminatorLoss, averageGeneratorLoss);
    }

    public GanNetwork network() {
        return network;
    }

    /** Iterations done. */
    public long steps() {
        return steps;
    }

    /** Completed passes over the training images. */
    public int epochsDone() {
        return batches.epochsDone();
    }

    /** One training iteration on the next batch with the latest settings; its losses, unread. */
    public GanStep step(GanSettings settings) {
        NDArray real = toSigned(batches.next(settings.batchSize()));
        GanStep step = network.architecture().encodes() ? vaeGanStep(real, settings) : dcganStep(real, settings);
        follow(averageDiscriminatorLoss, step.discriminator());
        follow(averageGeneratorLoss, step.generator());
        steps++;
        return step;
    }

    /** The discriminator's and the generator's loss, averaged over the last ~20 steps (reading waits). */
    public float[] readAverageLosses() {
        return new float[] {HostRead.scalar(averageDiscriminatorLoss), HostRead.scalar(averageGeneratorLoss)};
    }

    private GanStep dcganStep(NDArray real, GanSettings settings) {
        NDArray codes = manager.randomNormal(new Shape(real.getShape().get(0), network.architecture().codeSize()));
        NDArray fake;
        Judgement realJudgement;
        Judgement fakeJudgement;
        NDArray realLoss;
        NDArray fakeLoss;
        NDArray discriminatorLoss;
        try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
            fake = network.generate(codes, true);
            realJudgement = network.discriminate(real, true);
            fakeJudgement = network.discriminate(fake.stopGradient(), true);
            realLoss = GanLoss.bceWithLogits(realJudgement.logits(), realTarget(settings));
            fakeLoss = GanLoss.bceWithLogits(fakeJudgement.logits(), scalars.of(0f));
            discriminatorLoss = realLoss.add(fakeLoss).mul(scalars.of(0.5f));
            collector.backward(discriminatorLoss);
        }
        Equilibrium gates = gates(realLoss, fakeLoss, settings);
        discriminatorOptimizer.update(settings.discriminatorRate(), gates == null ? null : gates.discriminator());
        NDArray generatorLoss;
        try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
            generatorLoss = GanLoss.bceWithLogits(network.discriminate(fake, true).logits(), scalars.of(1f));
            collector.backward(generatorLoss);
        }
        generatorOptimizer.update(settings.generatorRate(), gates == null ? null : gates.generator());
        discriminatorOptimizer.zeroGradients();
        return new GanStep(discriminatorLoss, generatorLoss, realJudgement.logits(), fakeJudgement.logits(), null, null);
    }

    /**
     * Encoder and decoder learn from one backward pass of KL + gamma * distance + the
     * adversarial losses of reconstructions and samples. The code passes its gradient to
     * the encoder scaled by 1 / gamma, so the encoder minimises KL + distance, as in the
     * course (plus the reconstructions' adversarial term, which the decoder needs anyway).
     */
    private GanStep vaeGanStep(NDArray real, GanSettings settings) {
        long count = real.getShape().get(0);
        NDArray reconstructed;
        NDArray sampled;
        NDArray realLoss;
        NDArray fakeLoss;
        NDArray distance;
        NDArray kl;
        NDArray generatorLoss;
        try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
            LatentCode code = network.encode(real, true);
            NDArray noise = manager.randomNormal(code.mean().getShape());
            NDArray z = AutoencoderLoss.sample(code.mean(), code.logVariance(), noise, scalars);
            kl = AutoencoderLoss.klDivergence(code.mean(), code.logVariance(), scalars);
            reconstructed = network.generate(scaleGradient(z, settings.gamma()), true);
            sampled = network.generate(manager.randomNormal(new Shape(count, network.architecture().codeSize())), true);
            Judgement realJudgement = network.discriminate(real, true);
            Judgement reconstructionJudgement = network.discriminate(reconstructed, true);
            NDArray sampleLogits = network.discriminate(sampled, true).logits();
            distance = GanLoss.featureDistance(reconstructionJudgement.features(),
                    realJudgement.features().stopGradient(), scalars);
            NDArray one = scalars.of(1f);
            generatorLoss = GanLoss.bceWithLogits(reconstructionJudgement.logits(), one)
                    .add(GanLoss.bceWithLogits(sampleLogits, one)).mul(scalars.of(0.5f));
            realLoss = GanLoss.bceWithLogits(realJudgement.logits(), realTarget(settings)).stopGradient();
            fakeLoss = GanLoss.bceWithLogits(reconstructionJudgement.logits(), scalars.of(0f)).stopGradient();
            collector.backward(kl.add(distance.mul(scalars.of(settings.gamma()))).add(generatorLoss));
        }
        Equilibrium gates = gates(realLoss, fakeLoss, settings);
        encoderOptimizer.update(settings.generatorRate());
        generatorOptimizer.update(settings.generatorRate(), gates == null ? null : gates.generator());
        discriminatorOptimizer.zeroGradients();
        NDArray realLogits;
        NDArray fakeLogits;
        NDArray discriminatorLoss;
        try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
            realLogits = network.discriminate(real, true).logits();
            fakeLogits = network.discriminate(reconstructed.stopGradient(), true).logits();
            NDArray sampleLogits = network.discriminate(sampled.stopGradient(), true).logits();
            NDArray zero = scalars.of(0f);
            discriminatorLoss = GanLoss.bceWithLogits(realLogits, realTarget(settings))
                    .add(GanLoss.bceWithLogits(fakeLogits, zero))
                    .add(GanLoss.bceWithLogits(sampleLogits, zero))
                    .mul(scalars.of(1f / 3));
            collector.backward(discriminatorLoss);
        }
        discriminatorOptimizer.update(settings.discriminatorRate(), gates == null ? null : gates.discriminator());
        return new GanStep(discriminatorLoss, generatorLoss, realLogits, fakeLogits, distance, kl);
    }

    /** The same values, with the gradient flowing back through them divided by {@code gamma}. */
    private NDArray scaleGradient(NDArray z, float gamma) {
        if (gamma <= 0f || gamma == 1f) {
            return z;
        }
        return z.mul(scalars.of(1f / gamma)).add(z.stopGradient().mul(scalars.of(1f - 1f / gamma)));
    }

    private Equilibrium gates(NDArray realLoss, NDArray fakeLoss, GanSettings settings) {
        return settings.balanced() ? Equilibrium.decide(realLoss, fakeLoss, settings.margin(), scalars) : null;
    }

    private NDArray realTarget(GanSettings settings) {
        return scalars.of(1f - settings.labelSmoothing());
    }

    private NDArray toSigned(NDArray images) {
        return images.mul(scalars.of(2f)).subi(scalars.of(1f));
    }

    private void follow(NDArray average, NDArray value) {
        average.muli(scalars.of(AVERAGE_KEEP)).addi(value.stopGradient().mul(scalars.of(1f - AVERAGE_KEEP)));
    }

    @Override
    public void close() {
        generatorOptimizer.close();
        discriminatorOptimizer.close();
        if (encoderOptimizer != null) {
            encoderOptimizer.close();
        }
        scalars.close();
        batches.close();
        averageDiscriminatorLoss.close();
        averageGeneratorLoss.close();
    }
}
