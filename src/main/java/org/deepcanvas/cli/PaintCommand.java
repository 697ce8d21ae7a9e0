package org.deepcanvas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.deepcanvas.data.ImportSettings;
import org.deepcanvas.export.GifOptions;
import org.deepcanvas.export.GifWriter;
import org.deepcanvas.export.PngExport;
import org.deepcanvas.export.Provenance;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.image.Montage;
import org.deepcanvas.image.Resize;
import org.deepcanvas.lab.paint.PaintActivation;
import org.deepcanvas.lab.paint.PaintJob;
import org.deepcanvas.lab.paint.PaintLoss;
import org.deepcanvas.lab.paint.PaintRecord;
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
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `deepcanvas paint`: trains a pixel painter headless and writes PNG / GIF results. */
@Command(name = "paint", mixinStandardHelpOptions = true,
        description = "Paint an image (or up to 100) with a network that maps pixel positions to colours.")
final class PaintCommand implements Callable<Integer> {
    /** The experiment's name in provenance, and the command's. */
    static final String EXPERIMENT = PaintRecord.EXPERIMENT;
    static final String NETWORK = PaintRecord.NETWORK;
    private static final FrameRecorder.Limits RECORDING = new FrameRecorder.Limits(500, 1024, 512L << 20);
    private static final int MAX_ITERATIONS = 100_000_000;
    private static final int MIN_SIZE = 8;
    private static final int MAX_SIZE = 1024;
    private static final int MAX_WALK_FRAMES = 1000;

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

    @Option(names = "--iterations", defaultValue = "2000", paramLabel = "N",
            description = "optimisation steps (default ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--size", defaultValue = "100", paramLabel = "PX",
            description = "longest side in pixels, 8 to 1024 (a folder's images: to 256; default ${DEFAULT-VALUE})")
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

    @Option(names = "--walk-frames", defaultValue = "60", paramLabel = "N",
            description = "latent walk frames, 2 to 1000 (default ${DEFAULT-VALUE})")
    int walkFrames;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--layers", defaultValue = "6", paramLabel = "N",
            description = "hidden layers, 1 to 32 (default ${DEFAULT-VALUE})")
    int layers;

    @Option(names = "--width", defaultValue = "20", paramLabel = "N",
            description = "units per layer, 2 to 1024 (default ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--activation", defaultValue = "relu", paramLabel = "NAME",
            description = "relu, leaky_relu, elu, tanh or sigmoid (default ${DEFAULT-VALUE})")
    PaintActivation activation;

    @Option(names = "--learning-rate", defaultValue = "0.001", paramLabel = "RATE",
            description = "Adam step size, above 0 and up to 1 (default ${DEFAULT-VALUE})")
    double learningRate;

    @Option(names = "--batch", defaultValue = "50", paramLabel = "N",
            description = "pixels per step, 1 to 100000 (default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--loss", defaultValue = "l2", paramLabel = "NAME", description = "l1 or l2 (default ${DEFAULT-VALUE})")
    PaintLoss loss;

    @Option(names = "--draw-every", defaultValue = "20", paramLabel = "N",
            description = "steps between GIF frames (default ${DEFAULT-VALUE})")
    int drawEvery;

    @Override
    public Integer call() throws Exception {
        Preflight checks = Preflight.of(spec);
        checks.range("--iterations", iterations, 1, MAX_ITERATIONS)
                .range("--size", size, MIN_SIZE, source.dataset != null ? ImportSettings.MAX_SIZE : MAX_SIZE)
                .range("--walk-frames", walkFrames, 2, MAX_WALK_FRAMES)
                .rule(walkGif == null || source.dataset != null,
                        "--walk-gif needs --dataset (a walk goes from image to image)")
                .inputFile("--image", source.image)
                .inputFolder("--dataset", source.dataset)
                .output("--png", png, OutputKind.PNG)
                .output("--gif", gif, OutputKind.GIF)
                .output("--walk-gif", walkGif, OutputKind.GIF);
        GifOptions gifs = gifOptions.options(checks);
        PaintSettings settings = checks.settings(
                () -> new PaintSettings(layers, width, activation, learningRate, batch, loss, drawEvery, renderSize));
        PrintWriter out = spec.commandLine().getOut();
        PaintTargets.Targets targets = targets(out);
        List<ArgbImage> images = targets.images();
        ArgbImage target = images.size() == 1 ? images.get(0) : Montage.of(images).image();
        double drawn = renderSize == 0 ? 1 : renderSize / (double) Math.max(target.width(), target.height());
        checks.check(() -> GifWriter.requireFits((int) Math.round(target.width() * drawn),
                (int) Math.round(target.height() * drawn), gifs));
        PaintJob job = new PaintJob(images);
        RunOptions options = RunOptions.defaults().withSeed(seed).withMaxSteps(iterations)
                .withMinFrameIntervalMillis(0).withRecording(RECORDING);
        try (ComputeRuntime runtime = new ComputeRuntime()) {
            JobHandle<PaintSettings> handle = runtime.submit(EXPERIMENT, job, settings, options);
            HeadlessRun.runToCompletion(handle, out);
            Frame last = handle.latestFrame().orElseThrow();
            out.printf("painted %d steps on %s; root mean square error per colour channel: %.1f of 255%n",
                    last.step(), runtime.deviceDescription(), rootMeanSquareError(last.image(), target));
            if (png != null) {
                Provenance provenance = handle.provenance(EXPERIMENT).withStep(last.step())
                        .withOptions(Map.of(PaintRecord.SIZE, size)).withInput(targets.input())
                        .withNetwork(Provenance.Network.trained(NETWORK));
                PngExport.write(last.image(), png, provenance);
                out.println("wrote " + png);
            }
            if (gif != null) {
                List<ArgbImage> frames = handle.recordedFrames().stream().map(Frame::image).toList();
                HeadlessRun.writeGif(frames, gif, gifs, out);
            }
            if (walkGif != null) {
                List<ArgbImage> walk = handle.call(() -> job.latentWalk(walkFrames)).get(10, TimeUnit.MINUTES);
                HeadlessRun.writeGif(walk, walkGif, gifs, out);
            }
        }
        return 0;
    }

    /** The image, or the folder's images; says so when the image is smaller than --size asks. */
    private PaintTargets.Targets targets(PrintWriter out) throws Exception {
        if (source.dataset != null) {
            return PaintTargets.folder(source.dataset, size, spec.commandLine().getErr());
        }
        PaintTargets.Targets single = PaintTargets.single(source.image, size);
        ArgbImage image = single.images().get(0);
        if (Math.max(image.width(), image.height()) < size) {
            out.printf("note: %s is %dx%d, so it is painted at that size (--size %d would enlarge it)%n",
                    source.image.getFileName(), image.width(), image.height(), size);
        }
        return single;
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
