package org.deepcanvas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.deepcanvas.export.GifOptions;
import org.deepcanvas.export.PngExport;
import org.deepcanvas.export.Provenance;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.gan.GanHealth;
import org.deepcanvas.lab.gan.GanJob;
import org.deepcanvas.lab.gan.GanSettings;
import org.deepcanvas.lab.latent.Interpolation;
import org.deepcanvas.lab.latent.LatentExplorer;
import org.deepcanvas.lab.trainingset.TrainingBatches;
import org.deepcanvas.lab.trainingset.TrainingSet;
import org.deepcanvas.nn.gan.GanArchitecture;
import org.deepcanvas.runtime.ComputeRuntime;
import org.deepcanvas.runtime.Frame;
import org.deepcanvas.runtime.FrameRecorder;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.runtime.RunOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `deepcanvas gan`: trains a DCGAN or VAE-GAN headless and writes samples, the grid, GIFs and the model. */
@Command(name = "gan", mixinStandardHelpOptions = true,
        description = "Train a DCGAN or a VAE-GAN and write samples, the sample grid, training and walk GIFs.")
final class GanCommand implements Callable<Integer> {
    /** The experiment's name in provenance, and the command's. */
    static final String EXPERIMENT = "gan";
    /** Iterations of the defaults: recognisable Fashion-MNIST clothes in under five minutes on 2 cores. */
    static final long DEFAULT_ITERATIONS = 1500;
    private static final FrameRecorder.Limits RECORDING = new FrameRecorder.Limits(500, 1024, 512L << 20);
    private static final int WALK_FRAMES = 30;
    private static final long WAIT_MINUTES = 10;
    private static final long MAX_ITERATIONS = 10_000_000;
    private static final int MAX_EPOCHS = 10_000;
    private static final int MAX_SAMPLES = 100_000;
    private static final int MAX_GIF_FRAMES = 1000;

    @Spec
    CommandSpec spec;

    @Mixin
    GifMixin gifOptions;

    @Mixin
    TrainingSetOptions images;

    @Mixin
    GanOptions model;

    @ArgGroup(exclusive = true)
    Length length;

    /** The run's length: passes over the images, or iterations. */
    static final class Length {
        @Option(names = "--epochs", description = "passes over the training images")
        Integer epochs;

        @Option(names = "--iterations", description = "training iterations (default " + DEFAULT_ITERATIONS + ")")
        Long iterations;
    }

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--samples", paramLabel = "DIR", description = "write independent samples, one PNG each, into DIR")
    Path samples;

    @Option(names = "--sample-count", defaultValue = "64", description = "how many --samples (default ${DEFAULT-VALUE})")
    int sampleCount;

    @Option(names = "--grid", paramLabel = "FILE", description = "write the fixed grid of samples as PNG")
    Path grid;

    @Option(names = "--gif", paramLabel = "FILE", description = "write the grid over training as a GIF")
    Path gif;

    @Option(names = "--gif-frames", defaultValue = "50", description = "frames in --gif (default ${DEFAULT-VALUE})")
    int gifFrames;

    @Option(names = "--walk-gif", paramLabel = "FILE",
            description = "write a latent walk (dcgan: between two samples; vaegan: test images 0 and 1)")
    Path walkGif;

    @Option(names = "--walk", defaultValue = "SLERP", description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    Interpolation walk;

    @Option(names = "--save", paramLabel = "FILE", description = "save the model (.safetensors plus a .model.json settings file)")
    Path save;

    @Override
    public Integer call() throws Exception {
        Preflight checks = Preflight.of(spec);
        checks.range("--sample-count", sampleCount, 1, MAX_SAMPLES)
                .range("--gif-frames", gifFrames, 2, MAX_GIF_FRAMES)
                .rule(GanArchitecture.SIDES.contains(images.size), "--size must be 28, 32 or 64 for a GAN, not "
                        + images.size)
                .output("--grid", grid, OutputKind.PNG)
                .output("--gif", gif, OutputKind.GIF)
                .output("--walk-gif", walkGif, OutputKind.GIF)
                .output("--save", save, OutputKind.MODEL);
        if (samples != null) {
            checks.outputFolder("--samples", samples);
        }
        if (length != null && length.epochs != null) {
            checks.range("--epochs", length.epochs, 1, MAX_EPOCHS);
        }
        if (length != null && length.iterations != null) {
            checks.range("--iterations", length.iterations, 1, MAX_ITERATIONS);
        }
        images.check(checks);
        GifOptions gifs = gifOptions.options(checks);
        GanSettings base = model.settings(checks);
        PrintWriter out = spec.commandLine().getOut();
        TrainingSetOptions.TrainingImages loaded = images.load(spec.commandLine().getErr(), seed, true);
        TrainingSet data = loaded.data();
        long steps = iterations(data, base.batchSize());
        GanSettings settings = base.withDrawEvery((int) Math.max(1, steps / gifFrames));
        out.printf("%d training images of %dx%d, %s, %d iterations%n", data.trainCount(), data.shape().width(),
                data.shape().height(), settings.architecture().kind(), steps);
        GanJob job = GanJob.training(data);
        RunOptions options = RunOptions.defaults().withSeed(seed).withMaxSteps(steps)
                .withMinFrameIntervalMillis(0).withRecording(RECORDING);
        try (ComputeRuntime runtime = new ComputeRuntime()) {
            JobHandle<GanSettings> handle = runtime.submit(EXPERIMENT, job, settings, options);
            HeadlessRun.runToCompletion(handle, out);
            out.printf("trained %d iterations on %s%n", steps, runtime.deviceDescription());
            GanHealth.Report health = job.health();
            if (!health.healthy()) {
                spec.commandLine().getErr().println("warning: " + health.message());
            }
            Provenance provenance = handle.provenance(EXPERIMENT).withOptions(provenanceOptions())
                    .withInput(loaded.input()).withNetwork(Provenance.Network.trained(GanOptions.kindOf(
                            settings.architecture())));
            if (grid != null) {
                PngExport.write(handle.latestFrame().orElseThrow().image(), grid, provenance);
                out.println("wrote " + grid);
            }
            if (gif != null) {
                List<ArgbImage> frames = handle.recordedFrames().stream().map(Frame::image).toList();
                HeadlessRun.writeGif(frames, gif, gifs, out);
            }
            if (samples != null) {
                writeSamples(handle.call(() -> job.explorer().samplePrior(sampleCount, new Random(seed + 1)))
                        .get(WAIT_MINUTES, TimeUnit.MINUTES), provenance, out);
            }
            if (walkGif != null) {
                HeadlessRun.writeGif(handle.call(() -> walk(job.explorer(), data)).get(WAIT_MINUTES, TimeUnit.MINUTES),
                        walkGif, gifs, out);
            }
            if (save != null) {
                handle.call(() -> job.save(save)).get(WAIT_MINUTES, TimeUnit.MINUTES);
                out.println("wrote " + save + " and its settings file");
            }
        }
        return 0;
    }

    private long iterations(TrainingSet data, int batchSize) {
        if (length != null && length.epochs != null) {
            return length.epochs * TrainingBatches.stepsPerEpoch(data, batchSize);
        }
        return length != null && length.iterations != null ? length.iterations : DEFAULT_ITERATIONS;
    }

    /** The options a rerun needs besides the settings record, by their names here without dashes. */
    private Map<String, Object> provenanceOptions() {
        Map<String, Object> recorded = new LinkedHashMap<>(images.provenance(true));
        recorded.put("gif-frames", gifFrames);
        return recorded;
    }

    /** A DCGAN walks between two samples of the prior, a VAE-GAN between the codes of test images 0 and 1. */
    private List<ArgbImage> walk(LatentExplorer explorer, TrainingSet data) {
        if (explorer.canEncode()) {
            return explorer.walkBetween(data, 0, Math.min(1, data.testCount() - 1), WALK_FRAMES, walk);
        }
        float[][] ends = explorer.priorCodes(2, new Random(seed + 2));
        return explorer.walk(ends[0], ends[1], WALK_FRAMES, walk);
    }

    private void writeSamples(List<ArgbImage> images, Provenance provenance, PrintWriter out) throws IOException {
        Files.createDirectories(samples);
        for (int i = 0; i < images.size(); i++) {
            PngExport.write(images.get(i), samples.resolve(String.format("sample-%04d.png", i + 1)), provenance);
        }
        out.println("wrote " + images.size() + " samples to " + samples);
    }
}
