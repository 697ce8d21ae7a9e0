package org.deepcanvas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.deepcanvas.export.PngExport;
import org.deepcanvas.export.Provenance;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.image.Montage;
import org.deepcanvas.image.Resize;
import org.deepcanvas.lab.paint.PaintActivation;
import org.deepcanvas.lab.paint.PaintJob;
import org.deepcanvas.lab.paint.PaintLoss;
import org.deepcanvas.lab.paint.PaintSettings;
import org.deepcanvas.runtime.ComputeRuntime;
import org.deepcanvas.runtime.Frame;
import org.deepcanvas.runtime.FrameRecorder;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.runtime.RunOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `deepcanvas paint`: trains a pixel painter headless and writes PNG / GIF results. */
@Command(name = "paint", mixinStandardHelpOptions = true,
        description = "Paint an image (or up to 100) with a network that maps pixel positions to colours.")
final class PaintCommand implements Callable<Integer> {
    private static final FrameRecorder.Limits RECORDING = new FrameRecorder.Limits(500, 1024, 512L << 20);

    static final class Source {
        @Option(names = "--image", paramLabel = "FILE", description = "the image to paint")
        Path image;

        @Option(names = "--dataset", paramLabel = "DIR", description = "paint the images of a folder (up to 100)")
        Path dataset;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    GifMixin gifOptions;

    @ArgGroup(multiplicity = "1")
    Source source;

    @Option(names = "--iterations", defaultValue = "2000", description = "optimisation steps (default ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--size", defaultValue = "100", description = "longest side in pixels (default ${DEFAULT-VALUE})")
    int size;

    @Option(names = "--render-size", paramLabel = "PX", defaultValue = "0",
            description = "longest side the painting is drawn at for the PNG and GIFs, up to 1024 (default: the --size it trains at)")
    int renderSize;

    @Option(names = "--png", paramLabel = "FILE", description = "write the final painting (with a settings sidecar)")
    Path png;

    @Option(names = "--gif", paramLabel = "FILE", description = "write the training animation")
    Path gif;

    @Option(names = "--walk-gif", paramLabel = "FILE", description = "with --dataset: write the latent walk")
    Path walkGif;

    @Option(names = "--walk-frames", defaultValue = "60", description = "latent walk frames (default ${DEFAULT-VALUE})")
    int walkFrames;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--layers", defaultValue = "6", description = "hidden layers (default ${DEFAULT-VALUE})")
    int layers;

    @Option(names = "--width", defaultValue = "20", description = "units per layer (default ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--activation", defaultValue = "RELU", description = "relu, leaky_relu, elu, tanh or sigmoid (default relu)")
    PaintActivation activation;

    @Option(names = "--learning-rate", defaultValue = "0.001", description = "Adam step size (default ${DEFAULT-VALUE})")
    double learningRate;

    @Option(names = "--batch", defaultValue = "50", description = "pixels per step (default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--loss", defaultValue = "L2", description = "l1 or l2 (default l2)")
    PaintLoss loss;

    @Option(names = "--draw-every", defaultValue = "20", description = "steps between GIF frames (default ${DEFAULT-VALUE})")
    int drawEvery;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PaintSettings settings = settings();
        if (walkGif != null && source.dataset == null) {
            throw new ParameterException(spec.commandLine(), "--walk-gif needs --dataset (a walk goes from image to image)");
        }
        List<ArgbImage> targets = source.image != null
                ? List.of(PaintTargets.single(source.image, size))
                : PaintTargets.folder(source.dataset, size, spec.commandLine().getErr());
        PaintJob job = new PaintJob(targets);
        RunOptions options = RunOptions.defaults().withSeed(seed).withMaxSteps(iterations)
                .withMinFrameIntervalMillis(0).withRecording(RECORDING);
        try (ComputeRuntime runtime = new ComputeRuntime()) {
            JobHandle<PaintSettings> handle = runtime.submit("paint", job, settings, options);
            HeadlessRun.runToCompletion(handle, out);
            Frame last = handle.latestFrame().orElseThrow();
            ArgbImage target = targets.size() == 1 ? targets.get(0) : Montage.of(targets).image();
            out.printf("painted %d steps on %s; root mean square error per colour channel: %.1f of 255%n",
                    last.step(), runtime.deviceDescription(), rootMeanSquareError(last.image(), target));
            if (png != null) {
                PngExport.write(last.image(), png, Provenance.of("paint", settings, seed));
                out.println("wrote " + png);
            }
            if (gif != null) {
                List<ArgbImage> frames = handle.recordedFrames().stream().map(Frame::image).toList();
                HeadlessRun.writeGif(frames, gif, gifOptions.options(), out);
            }
            if (walkGif != null) {
                List<ArgbImage> walk = handle.call(() -> job.latentWalk(walkFrames)).get(10, TimeUnit.MINUTES);
                HeadlessRun.writeGif(walk, walkGif, gifOptions.options(), out);
            }
        }
        return 0;
    }

    private PaintSettings settings() {
        if (iterations < 1 || size < 8 || walkFrames < 2) {
            throw new ParameterException(spec.commandLine(),
                    "--iterations must be at least 1, --size at least 8 and --walk-frames at least 2");
        }
        try {
            return new PaintSettings(layers, width, activation, learningRate, batch, loss, drawEvery, renderSize);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** How far the painting (drawn at the training size, for a larger render) is from its target, on the whole image. */
    private static double rootMeanSquareError(ArgbImage rendered, ArgbImage target) {
        ArgbImage painting = Resize.to(rendered, target.width(), target.height());
        double sum = 0;
        for (int i = 0; i < target.pixels().length; i++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                int difference = (painting.pixels()[i] >> shift & 0xff) - (target.pixels()[i] >> shift & 0xff);
                sum += difference * difference;
            }
        }
        return Math.sqrt(sum / (3.0 * target.pixels().length));
    }
}
