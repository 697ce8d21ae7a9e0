package org.deepcanvas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.deepcanvas.export.GifOptions;
import org.deepcanvas.export.PngExport;
import org.deepcanvas.export.Provenance;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.autoencode.AutoencodeJob;
import org.deepcanvas.lab.autoencode.AutoencodeRecord;
import org.deepcanvas.lab.autoencode.AutoencodeSettings;
import org.deepcanvas.lab.autoencode.FrameView;
import org.deepcanvas.lab.latent.Interpolation;
import org.deepcanvas.lab.latent.LatentExplorer;
import org.deepcanvas.lab.latent.LatentPlane;
import org.deepcanvas.lab.latent.LatentPoint;
import org.deepcanvas.lab.trainingset.TrainingBatches;
import org.deepcanvas.lab.trainingset.TrainingSet;
import org.deepcanvas.runtime.ComputeRuntime;
import org.deepcanvas.runtime.Frame;
import org.deepcanvas.runtime.FrameRecorder;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.runtime.RunOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `deepcanvas autoencode`: trains an autoencoder headless and writes the manifold, GIFs and the model. */
@Command(name = "autoencode", mixinStandardHelpOptions = true,
        description = "Train an autoencoder (plain, denoising or variational) and explore its latent space.")
final class AutoencodeCommand implements Callable<Integer> {
    private static final FrameRecorder.Limits RECORDING = new FrameRecorder.Limits(500, 1024, 512L << 20);
    /** The experiment's name in provenance, and the command's. */
    static final String EXPERIMENT = AutoencodeRecord.EXPERIMENT;
    private static final int SCATTER_POINTS = 2000;
    private static final int MAX_EPOCHS = 10_000;
    private static final int MAX_GIF_FRAMES = 1000;
    private static final double MAX_RADIUS = 1000;

    @Spec
    CommandSpec spec;

    @Mixin
    GifMixin gifOptions;

    @Mixin
    AutoencoderOptions model;

    @Option(names = "--epochs", defaultValue = "5", paramLabel = "N",
            description = "passes over the training images, 1 to 10000 (default ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--manifold", paramLabel = "FILE", description = "write the decoded latent grid as PNG")
    Path manifold;

    @Option(names = "--grid", defaultValue = "10", paramLabel = "N",
            description = "manifold rows and columns, 1 to 100 (default ${DEFAULT-VALUE})")
    int grid;

    @Option(names = "--radius", paramLabel = "R", description = "manifold half-width in code units (default: twice the codes' spread)")
    Double radius;

    @Option(names = "--gif", paramLabel = "FILE", description = "write the reconstructions over training as a GIF")
    Path gif;

    @Option(names = "--gif-manifold", description = "make --gif show the latent manifold over training instead")
    boolean gifManifold;

    @Option(names = "--gif-frames", defaultValue = "50", paramLabel = "N",
            description = "frames in --gif, 2 to 1000 (default ${DEFAULT-VALUE})")
    int gifFrames;

    @Option(names = "--walk-gif", paramLabel = "FILE", description = "write a latent walk between test images 0 and 1")
    Path walkGif;

    @Option(names = "--walk", defaultValue = "slerp", paramLabel = "NAME",
            description = "how --walk-gif moves between codes: lerp or slerp (default ${DEFAULT-VALUE})")
    Interpolation walk;

    @Option(names = "--save", paramLabel = "FILE", description = "save the model (.safetensors plus a .json settings file)")
    Path save;

    @Override
    public Integer call() throws Exception {
        Preflight checks = Preflight.of(spec);
        checks.range("--epochs", epochs, 1, MAX_EPOCHS)
                .range("--grid", grid, 1, FrameView.MAX_GRID)
                .range("--gif-frames", gifFrames, 2, MAX_GIF_FRAMES)
                .output("--manifold", manifold, OutputKind.PNG)
                .output("--gif", gif, OutputKind.GIF)
                .output("--walk-gif", walkGif, OutputKind.GIF)
                .output("--save", save, OutputKind.MODEL);
        if (radius != null) {
            checks.rangeAbove("--radius", radius, 0, MAX_RADIUS);
        }
        GifOptions gifs = gifOptions.options(checks);
        AutoencodeSettings base = model.settings(checks);
        PrintWriter out = spec.commandLine().getOut();
        TrainingSetOptions.TrainingImages images = model.data(spec.commandLine().getErr(), seed);
        TrainingSet data = images.data();
        long steps = (long) epochs * TrainingBatches.stepsPerEpoch(data, base.batchSize());
        AutoencodeSettings settings = base.withDrawEvery((int) Math.max(1, steps / gifFrames))
                .withView(gifManifold ? FrameView.manifold(grid, radius == null ? 2f : radius.floatValue())
                        : FrameView.reconstructions());
        out.printf("%d training and %d test images of %dx%d, %d steps%n", data.trainCount(), data.testCount(),
                data.shape().width(), data.shape().height(), steps);
        AutoencodeJob job = AutoencodeJob.training(data);
        RunOptions options = RunOptions.defaults().withSeed(seed).withMaxSteps(steps)
                .withMinFrameIntervalMillis(0).withRecording(RECORDING);
        try (ComputeRuntime runtime = new ComputeRuntime()) {
            JobHandle<AutoencodeSettings> handle = runtime.submit(EXPERIMENT, job, settings, options);
            HeadlessRun.runToCompletion(handle, out);
            out.printf("trained %d steps on %s%n", steps, runtime.deviceDescription());
            if (gif != null) {
                List<ArgbImage> frames = handle.recordedFrames().stream().map(Frame::image).toList();
                HeadlessRun.writeGif(frames, gif, gifs, out);
            }
            if (manifold != null) {
                ArgbImage image = handle.call(() -> manifold(job.explorer(), data)).get(10, TimeUnit.MINUTES);
                PngExport.write(image, manifold, handle.provenance(EXPERIMENT).withOptions(provenanceOptions())
                        .withInput(images.input()).withNetwork(Provenance.Network.trained(model.kind)));
                out.println("wrote " + manifold);
            }
            if (walkGif != null) {
                int to = Math.min(1, data.testCount() - 1);
                HeadlessRun.writeGif(handle.call(() -> job.explorer().walkBetween(data, 0, to, 30, walk))
                        .get(10, TimeUnit.MINUTES), walkGif, gifs, out);
            }
            if (save != null) {
                handle.call(() -> job.save(save)).get(10, TimeUnit.MINUTES);
                out.println("wrote " + save + " and its settings file");
            }
        }
        return 0;
    }

    /** The options a rerun needs besides the settings record, by their names here without dashes. */
    private Map<String, Object> provenanceOptions() {
        Map<String, Object> recorded = new LinkedHashMap<>(model.provenance());
        recorded.put("epochs", epochs);
        recorded.put("grid", grid);
        recorded.put("gif-frames", gifFrames);
        recorded.put("gif-manifold", gifManifold);
        if (radius != null) {
            recorded.put("radius", radius);
        }
        return recorded;
    }

    /** The 2-D code's own plane, or the two principal directions of a larger code. */
    private ArgbImage manifold(LatentExplorer explorer, TrainingSet data) {
        LatentPlane plane = explorer.codeSize() <= 2 ? explorer.defaultPlane()
                : explorer.principalPlane(data, SCATTER_POINTS);
        double half = radius != null ? radius : twiceTheSpread(explorer.scatter(data, plane, SCATTER_POINTS));
        return explorer.manifold(plane, grid, grid, half);
    }

    private static double twiceTheSpread(List<LatentPoint> points) {
        double squares = 0;
        for (LatentPoint p : points) {
            squares += p.x() * p.x() + p.y() * p.y();
        }
        double spread = Math.sqrt(squares / (2 * points.size()));
        return spread > 0 ? 2 * spread : 1;
    }
}
