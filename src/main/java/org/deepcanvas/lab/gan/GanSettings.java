package org.deepcanvas.lab.gan;

import java.util.Optional;
import org.deepcanvas.nn.gan.GanArchitecture;

/**
 * Everything the user sets for a GAN or VAE-GAN run, as one immutable record the job reads
 * at every step: both learning rates, the batch size, label smoothing, the equilibrium
 * balancing and the VAE-GAN's gamma act at once; a new architecture needs new networks.
 * The seed and the length of a run belong to the runtime's {@code RunOptions}.
 *
 * @param architecture the networks (DCGAN or VAE-GAN, code size, filters)
 * @param generatorRate Adam's learning rate for the generator (and a VAE-GAN's encoder)
 * @param discriminatorRate Adam's learning rate for the discriminator
 * @param batchSize real images per step (and as many fakes)
 * @param labelSmoothing how far below 1 the real images' target is (one-sided, 0..0.5)
 * @param balanced whether the course's equilibrium balancing is on
 * @param margin the balancing's margin around ln 2 (0..0.69)
 * @param gamma the VAE-GAN decoder's weight of the learned reconstruction distance
 * @param drawEvery the fewest steps between two frames (the runtime also throttles by time)
 */
public record GanSettings(
        GanArchitecture architecture,
        float generatorRate,
        float discriminatorRate,
        int batchSize,
        float labelSmoothing,
        boolean balanced,
        float margin,
        float gamma,
        int drawEvery) {
    /** ln 2: the loss of a discriminator that cannot tell real from fake (it says 1/2). */
    public static final float EQUILIBRIUM = 0.6931472f;

    public GanSettings {
        if (architecture == null) {
            throw new IllegalArgumentException("the architecture must be given");
        }
        check(generatorRate > 0f && generatorRate <= 0.1f, "generator learning rate must be in (0, 0.1], got " + generatorRate);
        check(discriminatorRate > 0f && discriminatorRate <= 0.1f,
                "discriminator learning rate must be in (0, 0.1], got " + discriminatorRate);
        check(batchSize >= 2 && batchSize <= 1024, "batch size must be 2..1024, got " + batchSize);
        check(labelSmoothing >= 0f && labelSmoothing <= 0.5f, "label smoothing must be 0..0.5, got " + labelSmoothing);
        check(margin >= 0f && margin < EQUILIBRIUM, "margin must be 0..0.69, got " + margin);
        check(gamma >= 0f && gamma <= 100f, "gamma must be 0..100, got " + gamma);
        check(drawEvery >= 1, "draw interval must be at least 1 step, got " + drawEvery);
    }

    /** DCGAN's recipe (Adam 2e-4, batch 64) with the course's balancing (margin 0.2) and gamma 0.75. */
    public static GanSettings of(GanArchitecture architecture) {
        return new GanSettings(architecture, 2e-4f, 2e-4f, 64, 0f, true, 0.2f, 0.75f, 1);
    }

    public static GanSettings defaults() {
        return of(GanArchitecture.dcgan());
    }

    /** Why going from this to {@code next} needs new networks, or empty when it does not. */
    public Optional<String> restartReason(GanSettings next) {
        return architecture.equals(next.architecture) ? Optional.empty() : Optional.of("the networks changed");
    }

    public GanSettings withArchitecture(GanArchitecture value) {
        return new GanSettings(value, generatorRate, discriminatorRate, batchSize, labelSmoothing, balanced, margin,
                gamma, drawEvery);
    }

    public GanSettings withRates(float generator, float discriminator) {
        return new GanSettings(architecture, generator, discriminator, batchSize, labelSmoothing, balanced, margin,
                gamma, drawEvery);
    }

    public GanSettings withBatchSize(int value) {
        return new GanSettings(architecture, generatorRate, discriminatorRate, value, labelSmoothing, balanced, margin,
                gamma, drawEvery);
    }

    public GanSettings withLabelSmoothing(float value) {
        return new GanSettings(architecture, generatorRate, discriminatorRate, batchSize, value, balanced, margin,
                gamma, drawEvery);
    }

    /** Balancing on with a margin, or off ({@code on} false; the margin is kept for later). */
    public GanSettings withBalancing(boolean on, float value) {
        return new GanSettings(architecture, generatorRate, discriminatorRate, batchSize, labelSmoothing, on, value,
                gamma, drawEvery);
    }

    public GanSettings withGamma(float value) {
        return new GanSettings(architecture, generatorRate, discriminatorRate, batchSize, labelSmoothing, balanced,
                margin, value, drawEvery);
    }

    public GanSettings withDrawEvery(int value) {
        return new GanSettings(architecture, generatorRate, discriminatorRate, batchSize, labelSmoothing, balanced,
                margin, gamma, value);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
