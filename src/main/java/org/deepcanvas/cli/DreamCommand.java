package org.deepcanvas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.deepcanvas.export.GifOptions;
import org.deepcanvas.export.InputFile;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.dream.ClassDreams;
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

    @Option(names = "--goal", paramLabel = "GOAL",
            description = {"one more thing to amplify, with an optional weight (default 1); repeat it for several:",
                    "layer:NAME, channel:NAME/K or class:NAME, then @W, e.g.",
                    "--goal layer:relu2 --goal class:Bag@0.5 (added to --layer, --channel or --class when given)"})
    List<String> goals = List.of();

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
        List<DreamGoal> goals = goals(library, network);
        ZoomSettings zoomSettings = checks.settings(() -> new ZoomSettings(zoom, rotate, frameSteps));
        if (zoomSettings.active() != frames > 0) {
            throw new ParameterException(spec.commandLine(), frames > 0 ? "--frames needs --zoom or --rotate"
                    : "--zoom and --rotate need --frames N (how many zoom frames to dream)");
        }
        OctaveSettings octaves = options.octaveSettings(checks, OctaveSettings.DREAM);
        OptimiserSettings step = options.optimiser(checks);
        DreamSettings settings = checks.settings(() -> new DreamSettings(network, options.size, goals, step,
                octaves, zoomSettings));
        GifOptions gifs = gifOptions.options(checks);
        ArgbImage start = image == null ? null : options.picture(image);
        long steps = octaves.totalSteps() + (long) frames * frameSteps;
        List<InputFile> inputs = image == null ? List.of() : List.of(InputFile.of("start", image));
        ImageRunExport.run("dream", new DreamJob(library::open, start), settings, steps, options.outputs, gifs,
                ImageRunOptions.provenanceOf(library, network), inputs, spec.commandLine().getOut());
        return 0;
    }

    /**
     * The goals: --layer, --channel or --class (or the network's first dream layer when
     * neither they nor --goal are given), then each --goal. Layers and classes are checked
     * against the network before any work wherever its layers are known.
     */
    private List<DreamGoal> goals(ModelLibrary library, String network) throws IOException {
        Optional<Architecture> architecture = ImageRunOptions.architecture(spec.commandLine(), library, network);
        List<DreamGoal> all = new ArrayList<>();
        if (className != null || layer != null || channel != null || goals.isEmpty()) {
            all.add(singleGoal(architecture, network));
        }
        for (String text : goals) {
            all.add(parsed(text));
        }
        for (DreamGoal goal : all) {
            if (goal.kind() == DreamGoal.Kind.CLASS) {
                ClassDreams.problem(library, network).ifPresent(problem -> {
                    throw new CommandFailure(problem);
                });
            } else {
                architecture.ifPresent(a -> ImageRunOptions.checkLayer(spec.commandLine(), a, goal.layer()));
            }
        }
        return all;
    }

    private DreamGoal singleGoal(Optional<Architecture> architecture, String network) {
        if (className != null) {
            if (channel != null || layer != null) {
                throw new ParameterException(spec.commandLine(), "--class dreams a class: leave out --layer and --channel");
            }
            return DreamGoal.ofClass(className);
        }
        if (channel != null && channel < 0) {
            throw new ParameterException(spec.commandLine(), "--channel must be 0 or more, not " + channel);
        }
        String chosen = layer != null ? layer : architecture.map(a -> a.dreamLayers().get(0)).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "name a --layer: " + network + " is a TorchScript module"));
        return channel == null ? DreamGoal.layer(chosen) : DreamGoal.channel(chosen, channel);
    }

    /** One --goal: KIND:TARGET[@WEIGHT]. */
    private DreamGoal parsed(String text) {
        int colon = text.indexOf(':');
        int at = text.lastIndexOf('@');
        String kind = colon < 0 ? "" : text.substring(0, colon).trim();
        String target = colon < 0 ? "" : text.substring(colon + 1, at > colon ? at : text.length()).trim();
        try {
            double weight = at > colon ? Double.parseDouble(text.substring(at + 1).trim()) : 1;
            DreamGoal goal = switch (kind) {
                case "layer" -> DreamGoal.layer(target);
                case "class" -> DreamGoal.ofClass(target);
                case "channel" -> {
                    int slash = target.lastIndexOf('/');
                    if (slash < 0) {
                        throw new IllegalArgumentException("a channel goal is channel:LAYER/K");
                    }
                    yield DreamGoal.channel(target.substring(0, slash).trim(),
                            Integer.parseInt(target.substring(slash + 1).trim()));
                }
                default -> throw new IllegalArgumentException("a goal is layer:NAME, channel:NAME/K or class:NAME");
            };
            return goal.withWeight(weight);
        } catch (IllegalArgumentException e) { // NumberFormatException included
            throw new ParameterException(spec.commandLine(), "--goal " + text + ": " + (e instanceof NumberFormatException
                    ? "the weight after @ and a channel must be numbers" : e.getMessage()));
        }
    }
}
