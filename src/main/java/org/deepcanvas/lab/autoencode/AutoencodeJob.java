package org.deepcanvas.lab.autoencode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.latent.Explorable;
import org.deepcanvas.lab.latent.LatentExplorer;
import org.deepcanvas.lab.trainingset.TrainingSet;
import org.deepcanvas.nn.autoencode.AutoencoderNetwork;
import org.deepcanvas.runtime.Job;
import org.deepcanvas.runtime.JobContext;
import org.deepcanvas.runtime.StepResult;
import org.deepcanvas.runtime.ThreadPolicy;

/**
 * Trains an autoencoder live in the compute runtime. Frames show fixed test images, their
 * corrupted inputs (when denoising) and the reconstructions, or the latent manifold
 * ({@link FrameView}); metrics are the reconstruction loss and, for a VAE, the KL term,
 * read only when the runtime publishes.
 *
 * <p>Latent queries go through {@code JobHandle.call}, e.g.
 * {@code handle.call(() -> job.explorer().manifold(plane, 10, 10, 2))}, and saving through
 * {@code handle.call(() -> job.save(path))}: both run on the compute thread between steps.
 */
public final class AutoencodeJob implements Job<AutoencodeSettings>, Explorable {
    private final TrainingSet data;
    private final Path savedModel;
    private JobContext context;
    private AutoencodeTrainer trainer;
    private AutoencodeSettings current;

    private AutoencodeJob(TrainingSet data, Path savedModel) {
        this.data = data;
        this.savedModel = savedModel;
    }

    /** A job that trains a new network on {@code data}. */
    public static AutoencodeJob training(TrainingSet data) {
        return new AutoencodeJob(data, null);
    }

    /**
     * A job that starts from a saved model (its settings: {@link AutoencoderFiles#readInfo});
     * it can be explored at once and trains on when resumed. If the settings later change
     * the architecture, the restart builds a fresh network.
     */
    public static AutoencodeJob fromSavedModel(TrainingSet data, Path weights) {
        return new AutoencodeJob(data, weights);
    }

    @Override
    public void start(AutoencodeSettings settings, JobContext context) throws IOException {
        this.context = context;
        this.current = settings;
        if (savedModel != null
                && AutoencoderFiles.readInfo(savedModel).settings().architecture().equals(settings.architecture())) {
            AutoencoderNetwork network = AutoencoderFiles.load(savedModel, context.manager());
            trainer = new AutoencodeTrainer(data, settings, context.manager(), context.random(), network);
        } else {
            trainer = new AutoencodeTrainer(data, settings, context.manager(), context.random());
        }
    }

    @Override
    public StepResult step(AutoencodeSettings settings) {
        current = settings;
        StepLosses losses = trainer.step(settings);
        Map<String, DoubleSupplier> metrics = new LinkedHashMap<>();
        metrics.put(StepLosses.RECONSTRUCTION, losses::readReconstruction);
        if (losses.kl() != null) {
            metrics.put(StepLosses.KL, losses::readKl);
        }
        return new StepResult(metrics);
    }

    /** A batch of 28 px images is 10^5 values per op and more, enough arithmetic for a second core. */
    @Override
    public ThreadPolicy.Workload workload(AutoencodeSettings settings) {
        return ThreadPolicy.Workload.LARGE_TENSORS;
    }

    @Override
    public ArgbImage render(AutoencodeSettings settings) {
        FrameView view = settings.view();
        if (view.manifold()) {
            LatentExplorer explorer = explorer();
            return explorer.manifold(explorer.defaultPlane(), view.grid(), view.grid(), view.radius());
        }
        return trainer.renderPreview(settings);
    }

    @Override
    public Optional<String> restartReason(AutoencodeSettings current, AutoencodeSettings next) {
        return current.restartReason(next);
    }

    @Override
    public int drawInterval(AutoencodeSettings settings) {
        return settings.drawEvery();
    }

    @Override
    public LatentExplorer explorer() {
        return AutoencoderLatents.explorer(started().network(), context.manager());
    }

    @Override
    public TrainingSet data() {
        return data;
    }

    /** Passes over the training images completed so far (compute thread). */
    public int epochsDone() {
        return started().epochsDone();
    }

    /** Saves the current network with the latest settings (compute thread). */
    public Path save(Path weights) throws IOException {
        AutoencoderFiles.save(weights, started().network(), current);
        return weights;
    }

    private AutoencodeTrainer started() {
        if (trainer == null) {
            throw new IllegalStateException("the autoencoder has not been started");
        }
        return trainer;
    }

    @Override
    public void close() {
        if (trainer != null) {
            trainer.close();
            trainer = null;
        }
    }
}
