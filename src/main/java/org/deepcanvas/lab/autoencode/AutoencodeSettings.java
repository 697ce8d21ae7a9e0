package org.deepcanvas.lab.autoencode;

import java.util.Arrays;
import java.util.Optional;
import org.deepcanvas.nn.autoencode.AutoencoderArchitecture;
import org.deepcanvas.nn.autoencode.Corruption;

/**
 * Everything the user sets for an autoencoder run, as one immutable record. The job reads
 * the latest one at every step: learning rate, batch size, noise and KL weight act at once;
 * a change of architecture or preview count needs a new network ({@link #restartReason}).
 * The seed and the length of a run belong to the runtime's {@code RunOptions}.
 *
 * @param architecture the network (fully connected / convolutional, variational, code size)
 * @param corruption the denoising noise (NONE for a plain autoencoder)
 * @param noiseLevel masking probability or Gaussian standard deviation, 0..1
 * @param klWeight the weight of the KL term (variational only)
 * @param learningRate Adam's learning rate
 * @param batchSize images per optimisation step
 * @param previewCount how many fixed test images the live reconstructions show
 * @param drawEvery the fewest steps between two frames (the runtime also throttles by time)
 * @param view what the frames show: reconstructions or the latent manifold
 */
public record AutoencodeSettings(
        AutoencoderArchitecture architecture,
        Corruption corruption,
        float noiseLevel,
        float klWeight,
        float learningRate,
        int batchSize,
        int previewCount,
        int drawEvery,
        FrameView view) {

    /** The largest batch and preview count: the CLI, the pane and saved files share them. */
    public static final int MAX_BATCH_SIZE = 10_000;
    public static final int MAX_PREVIEWS = 64;

    public AutoencodeSettings {
        check(architecture != null, "the architecture is missing");
        check(corruption != null, "the corruption must be one of " + Arrays.toString(Corruption.values()));
        check(view != null, "the view is missing");
        check(noiseLevel >= 0f && noiseLevel <= 1f, "noise level must be 0..1, got " + noiseLevel);
        check(klWeight >= 0f && Float.isFinite(klWeight), "KL weight must be 0 or more, got " + klWeight);
        check(learningRate > 0f && learningRate <= 1f, "learning rate must be in (0, 1], got " + learningRate);
        check(batchSize >= 1 && batchSize <= MAX_BATCH_SIZE, "batch size must be 1.." + MAX_BATCH_SIZE + ", got "
                + batchSize);
        check(previewCount >= 1 && previewCount <= MAX_PREVIEWS, "preview count must be 1.." + MAX_PREVIEWS + ", got "
                + previewCount);
        check(drawEvery >= 1, "draw interval must be at least 1 step, got " + drawEvery);
    }

    /** The course's defaults (CADL session 3) for a given network: Adam 1e-3, batch 100. */
    public static AutoencodeSettings of(AutoencoderArchitecture architecture) {
        return new AutoencodeSettings(
                architecture, Corruption.NONE, 0.5f, 1f, 1e-3f, 100, 10, 1,
                FrameView.reconstructions());
    }

    /** Defaults with the fully connected network. */
    public static AutoencodeSettings defaults() {
        return of(AutoencoderArchitecture.fullyConnected());
    }

    /** Why going from this to {@code next} needs a new network, or empty when it does not. */
    public Optional<String> restartReason(AutoencodeSettings next) {
        if (!architecture.equals(next.architecture)) {
            return Optional.of("the network changed");
        }
        if (previewCount != next.previewCount) {
            return Optional.of("the number of preview images changed");
        }
        return Optional.empty();
    }

    public AutoencodeSettings withArchitecture(AutoencoderArchitecture value) {
        return new AutoencodeSettings(
                value, corruption, noiseLevel, klWeight, learningRate,
                batchSize, previewCount, drawEvery, view);
    }

    public AutoencodeSettings withNoise(Corruption kind, float level) {
        return new AutoencodeSettings(
                architecture, kind, level, klWeight, learningRate,
                batchSize, previewCount, drawEvery, view);
    }

    public AutoencodeSettings withKlWeight(float value) {
        return new AutoencodeSettings(
                architecture, corruption, noiseLevel, value, learningRate,
                batchSize, previewCount, drawEvery, view);
    }

    public AutoencodeSettings withLearningRate(float value) {
        return new AutoencodeSettings(
                architecture, corruption, noiseLevel, klWeight, value,
                batchSize, previewCount, drawEvery, view);
    }

    public AutoencodeSettings withBatchSize(int value) {
        return new AutoencodeSettings(
                architecture, corruption, noiseLevel, klWeight, learningRate,
                value, previewCount, drawEvery, view);
    }

    public AutoencodeSettings withPreviewCount(int value) {
        return new AutoencodeSettings(
                architecture, corruption, noiseLevel, klWeight, learningRate,
                batchSize, value, drawEvery, view);
    }

    public AutoencodeSettings withDrawEvery(int value) {
        return new AutoencodeSettings(
                architecture, corruption, noiseLevel, klWeight, learningRate,
                batchSize, previewCount, value, view);
    }

    public AutoencodeSettings withView(FrameView value) {
        return new AutoencodeSettings(
                architecture, corruption, noiseLevel, klWeight, learningRate,
                batchSize, previewCount, drawEvery, value);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
