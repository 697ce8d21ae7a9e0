package org.deepcanvas.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.deepcanvas.export.GifOptions;
import org.deepcanvas.export.InputFile;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.dream.DreamGoal;
import org.deepcanvas.lab.dream.DreamJob;
import org.deepcanvas.lab.dream.DreamSettings;
import org.deepcanvas.lab.imageopt.OctaveSettings;
import org.deepcanvas.lab.imageopt.OptimiserSettings;
import org.deepcanvas.lab.imageopt.ZoomSettings;
import org.deepcanvas.nn.Architecture;
import org.deepcanvas.nn.library.ModelLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** `deepcanvas dream`: a deep dream of a picture (or of noise), optionally zooming in frame after frame. */
@Command(name = "dream", mixinStandardHelpOptions = true,
        description = "Deep dream: amplify what a network sees in a picture, octave by octave; --zoom for a fractal zoom.")
final class DreamCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ImageRunOptions options;

    @Mixin
    GifMixin gifOptions;

    @Option(names = "--image", paramLabel = "FILE", description = "the picture to dream into (default: noise)")
    Path image;

    @Option(names = "--layer", paramLabel = "NAME", description = "the layer to amplify (default: the network's first dream layer)")
    String layer;

    @Option(names = "--channel", paramLabel = "K", description = "amplify one channel of the layer")
    Integer channel;

    @Option(names = "--class", paramLabel = "NAME", description = "dream a class of the network's classifier, e.g. Sneaker")
    String className;

    @Option(names = "--zoom", paramLabel = "F", defaultValue = "1", description = "zoom per frame after the pyramid, e.g. 1.05")
    float zoom;

    @Option(names = "--rotate", paramLabel = "DEG", defaultValue = "0", description = "turn per frame, counter-clockwise")
    float rotate;

    @Option(names = "--frames", paramLabel = "N", defaultValue = "0", description = "zoom frames after the pyramid")
    int frames;

    @Option(names = "--frame-steps", paramLabel = "N", defaultValue = "5",
            description = "steps dreamed on each zoom frame (default ${DEFAULT-VALUE})")
    int frameSteps;

    @Override
    public Integer call() throws Exception {
        Preflight checks = Preflight.of(spec).inputFile("--image", image);
        ImageRunOptions.Network chosen = options.prepare(checks);
        ModelLibrary library = chosen.library();
        String network = chosen.id();
        DreamGoal goal = goal(library, network);
        ZoomSettings zoomSettings = checks.settings(() -> new ZoomSettings(zoom, rotate, frameSteps));
        if (zoomSettings.active() != frames > 0) {
            throw new ParameterException(spec.commandLine(), frames > 0 ? "--frames needs --zoom or --rotate"
                    : "--zoom and --rotate need --frames N (how many zoom frames to dream)");
        }
        OctaveSettings octaves = options.octaveSettings(checks, OctaveSettings.DREAM);
        OptimiserSettings step = options.optimiser(checks);
        DreamSettings settings = checks.settings(() -> new DreamSettings(network, options.size, List.of(goal), step,
                octaves, zoomSettings));
        GifOptions gifs = gifOptions.options(checks);
        ArgbImage start = image == null ? null : options.picture(image);
        long steps = octaves.totalSteps() + (long) frames * frameSteps;
        List<InputFile> inputs = image == null ? List.of() : List.of(InputFile.of("start", image));
        ImageRunExport.run("dream", new DreamJob(library::open, start), settings, steps, options.outputs, gifs,
                ImageRunOptions.provenanceOf(library, network), inputs, spec.commandLine().getOut());
        return 0;
    }

    /** The goal; its layer is checked against the network before any work wherever the layers are known. */
    private DreamGoal goal(ModelLibrary library, String network) throws java.io.IOException {
        if (className != null) {
            if (channel != null || layer != null) {
                throw new ParameterException(spec.commandLine(), "--class dreams a class: leave out --layer and --channel");
            }
            return DreamGoal.ofClass(className);
        }
        if (channel != null && channel < 0) {
            throw new ParameterException(spec.commandLine(), "--channel must be 0 or more, not " + channel);
        }
        Optional<Architecture> architecture = ImageRunOptions.architecture(spec.commandLine(), library, network);
        String chosen = layer != null ? layer : architecture.map(a -> a.dreamLayers().get(0)).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "name a --layer: " + network + " is a TorchScript module"));
        architecture.ifPresent(a -> ImageRunOptions.checkLayer(spec.commandLine(), a, chosen));
        return channel == null ? DreamGoal.layer(chosen) : DreamGoal.channel(chosen, channel);
    }
}
