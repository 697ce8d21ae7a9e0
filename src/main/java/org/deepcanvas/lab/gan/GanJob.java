package org.deepcanvas.lab.gan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.deepcanvas.data.FashionMnist;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.latent.AttributeVector;
import org.deepcanvas.lab.latent.Explorable;
import org.deepcanvas.lab.latent.LatentExplorer;
import org.deepcanvas.lab.trainingset.ImageTensors;
import org.deepcanvas.lab.trainingset.TrainingSet;
import org.deepcanvas.nn.ImageShape;
import org.deepcanvas.nn.gan.GanNetwork;
import org.deepcanvas.runtime.Job;
import org.deepcanvas.runtime.JobContext;
import org.deepcanvas.runtime.StepResult;
import org.deepcanvas.runtime.ThreadPolicy;

/**
 * Trains a DCGAN or a VAE-GAN live in the compute runtime. Frames show the fixed grid of
 * codes decoded (and, for a VAE-GAN, test images and their reconstructions, see
 * {@link GanPreview}); metrics are both losses and the discriminator's accuracy, read only
 * when the runtime publishes. Each frame is also judged for collapse and a discriminator
 * that wins outright ({@link #health}, safe to read from any thread).
 *
 * <p>Latent queries and saving go through {@code JobHandle.call}, e.g.
 * {@code handle.call(() -> job.explorer().samplePrior(16, random))}.
 */
public final class GanJob implements Job<GanSettings>, Explorable {
    private static final int CONVOLUTION_FILTERS = 16;
    private static final int CLASSIFIED_SAMPLES = 2000;
    private static final ImageShape FASHION_SHAPE = new ImageShape(1, FashionMnist.SIDE, FashionMnist.SIDE);
    private static final int CONVOLUTION_BATCH = 32;
    private final TrainingSet data;
    private final Path savedModel;
    private JobContext context;
    private GanTrainer trainer;
    private GanPreview preview;
    private GanHealth health;
    private FashionJudge judge;
    private GanSettings current;
    private long gridSeed;
    private volatile GanHealth.Report report = GanHealth.Report.LEARNING;

    private GanJob(TrainingSet data, Path savedModel) {
        this.data = data;
        this.savedModel = savedModel;
    }

    /** A job that trains new networks on {@code data}. */
    public static GanJob training(TrainingSet data) {
        return new GanJob(data, null);
    }

    /**
     * A job that starts from a saved model (its settings: {@link GanFiles#readInfo}); it can
     * be explored at once and trains on when resumed. If the settings later change the
     * architecture, the restart builds fresh networks.
     */
    public static GanJob fromSavedModel(TrainingSet data, Path weights) {
        return new GanJob(data, weights);
    }

    @Override
    public void start(GanSettings settings, JobContext context) throws IOException {
        this.context = context;
        this.current = settings;
        GanNetwork network;
        GanFiles.ModelInfo saved = savedModel == null ? null : GanFiles.readInfo(savedModel);
        if (saved != null && saved.settings().architecture().equals(settings.architecture())) {
            network = GanFiles.load(savedModel, context.manager());
            gridSeed = saved.gridSeed();
        } else {
            network = GanNetwork.create(settings.architecture(), data.shape(), context.manager());
            gridSeed = context.seed();
        }
        trainer = new GanTrainer(data, context.manager(), context.random(), network);
        preview = new GanPreview(network, data, gridSeed, context.manager());
        health = new GanHealth();
        report = GanHealth.Report.LEARNING;
    }

    @Override
    public StepResult step(GanSettings settings) {
        current = settings;
        return new StepResult(started().step(settings).metrics());
    }

    @Override
    public ArgbImage render(GanSettings settings) {
        ArgbImage frame = preview.render();
        report = health.judge(trainer.steps(), preview.spreadRatio(), trainer.readAverageLosses()[1]);
        return frame;
    }

    @Override
    public Optional<String> restartReason(GanSettings current, GanSettings next) {
        return current.restartReason(next);
    }

    /**
     * DCGAN's batches of 64 through 64- and 128-filter convolutions have enough arithmetic per
     * op for every idle core; a small network on small batches is faster on one thread.
     */
    @Override
    public ThreadPolicy.Workload workload(GanSettings settings) {
        return workloadOf(settings);
    }

    /** {@link #workload}, for code that trains a GAN outside the runtime (the benchmark). */
    public static ThreadPolicy.Workload workloadOf(GanSettings settings) {
        boolean large = settings.architecture().filters() >= CONVOLUTION_FILTERS && settings.batchSize() >= CONVOLUTION_BATCH;
        return large ? ThreadPolicy.Workload.LARGE_TENSORS : ThreadPolicy.Workload.SMALL_TENSORS;
    }

    @Override
    public int drawInterval(GanSettings settings) {
        return settings.drawEvery();
    }

    /** Collapse or divergence as last judged, or LEARNING (any thread). */
    public GanHealth.Report health() {
        return report;
    }

    @Override
    public LatentExplorer explorer() {
        return GanLatents.explorer(started().network(), context.manager());
    }

    @Override
    public TrainingSet data() {
        return data;
    }

    /** A DCGAN of Fashion-MNIST cannot encode, but its samples can be labelled by the embedded classifier. */
    @Override
    public boolean offersClassAttributes() {
        return Explorable.super.offersClassAttributes() || classifiable();
    }

    /**
     * With an encoder, the class means of the labelled test images; a DCGAN's are the means
     * of {@value #CLASSIFIED_SAMPLES} prior samples grouped by what the Fashion classifier
     * calls their images.
     */
    @Override
    public AttributeVector classAttribute(int more, int less) throws IOException {
        if (explorer().canEncode() || !classifiable()) {
            return Explorable.super.classAttribute(more, less);
        }
        if (judge == null) {
            judge = FashionJudge.load(context.manager());
        }
        LatentExplorer explorer = explorer();
        float[][] codes = explorer.priorCodes(CLASSIFIED_SAMPLES, new Random(gridSeed + more * 31L + less));
        float[] pixels = new float[CLASSIFIED_SAMPLES * FashionMnist.PIXELS_PER_IMAGE];
        List<ArgbImage> samples = explorer.decode(codes);
        for (int i = 0; i < samples.size(); i++) {
            ImageTensors.write(samples.get(i), data.shape(), pixels, i * FashionMnist.PIXELS_PER_IMAGE);
        }
        int[] labels = FashionJudge.labels(judge.probabilities(pixels, CLASSIFIED_SAMPLES));
        return AttributeVector.fromLabels(codes, labels, more, less, FashionMnist.CLASS_NAMES);
    }

    private boolean classifiable() {
        return data.shape().equals(FASHION_SHAPE) && data.classNames().equals(FashionMnist.CLASS_NAMES);
    }

    /** Iterations done so far (compute thread). */
    public long stepsDone() {
        return started().steps();
    }

    /** Saves the networks with the latest settings (compute thread). */
    public Path save(Path weights) throws IOException {
        GanFiles.save(weights, started().network(), current, gridSeed);
        return weights;
    }

    private GanTrainer started() {
        if (trainer == null) {
            throw new IllegalStateException("the GAN has not been started");
        }
        return trainer;
    }

    @Override
    public void close() {
        if (trainer != null) {
            trainer.close();
            trainer = null;
        }
        if (preview != null) {
            preview.close();
            preview = null;
        }
        if (judge != null) {
            judge.close();
            judge = null;
        }
    }
}
