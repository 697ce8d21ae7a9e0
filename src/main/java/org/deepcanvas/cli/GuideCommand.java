package org.deepcanvas.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.deepcanvas.export.GifOptions;
import org.deepcanvas.export.InputFile;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.guide.GuideJob;
import org.deepcanvas.lab.guide.GuideLayer;
import org.deepcanvas.lab.guide.GuideSettings;
import org.deepcanvas.lab.imageopt.FeatureMatch;
import org.deepcanvas.lab.imageopt.OctaveSettings;
import org.deepcanvas.lab.imageopt.OptimiserSettings;
import org.deepcanvas.nn.Architecture;
import org.deepcanvas.nn.library.ModelLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** `deepcanvas guide`: a guided hallucination, the source's features pulled towards a guide image's. */
@Command(name = "guide", mixinStandardHelpOptions = true,
        description = "Guided hallucination: make a picture's features look like a guide image's, kept smooth by total variation.")
final class GuideCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ImageRunOptions options;

    @Mixin
    GifMixin gifOptions;

    @Option(names = "--image", paramLabel = "FILE", description = "the picture to start from (default: noise)")
    Path image;

    @Option(names = "--guide", paramLabel = "FILE", required = true, description = "the picture whose features to take")
    Path guide;

    @Option(names = "--layers", paramLabel = "A[:W],B[:W]", split = ",",
            description = "layers to match, each with an optional weight (default: the network's style layers)")
    List<String> layers;

    @Option(names = "--match", defaultValue = "DOT", description = "dot or l2 (default dot)")
    FeatureMatch.Match match;

    @Option(names = "--tv", paramLabel = "F", defaultValue = "0.5", description = "total variation weight (default ${DEFAULT-VALUE})")
    double tv;

    @Option(names = "--tv-exponent", paramLabel = "F", defaultValue = "1.2",
            description = "total variation exponent (default ${DEFAULT-VALUE})")
    float tvExponent;

    @Override
    public Integer call() throws Exception {
        Preflight checks = Preflight.of(spec).inputFile("--image", image).inputFile("--guide", guide);
        ImageRunOptions.Network chosen = options.prepare(checks);
        ModelLibrary library = chosen.library();
        String network = chosen.id();
        List<GuideLayer> guideLayers = guideLayers(ImageRunOptions.architecture(spec.commandLine(), library, network),
                checks);
        OctaveSettings octaves = options.octaveSettings(checks, OctaveSettings.COURSE);
        OptimiserSettings step = options.optimiser(checks);
        GuideSettings settings = checks.settings(() -> new GuideSettings(network, options.size, guideLayers, match, tv,
                tvExponent, step, octaves));
        GifOptions gifs = gifOptions.options(checks);
        ArgbImage guidePicture = options.picture(guide);
        ArgbImage start = image == null ? null : options.picture(image);
        List<InputFile> inputs = new ArrayList<>(List.of(InputFile.of("guide", guide)));
        if (image != null) {
            inputs.add(0, InputFile.of("source", image));
        }
        ImageRunExport.run("guide", new GuideJob(library::open, start, guidePicture), settings, octaves.totalSteps(),
                options.outputs, gifs, ImageRunOptions.provenanceOf(library, network), inputs, spec.commandLine().getOut());
        return 0;
    }

    private List<GuideLayer> guideLayers(Optional<Architecture> architecture, Preflight checks) {
        if (layers == null) {
            return architecture.map(a -> a.styleLayers().stream().map(layer -> new GuideLayer(layer, 1)).toList())
                    .orElseThrow(() -> new ParameterException(spec.commandLine(),
                            "name the --layers to match: a TorchScript module's layers are known only by running it"));
        }
        List<GuideLayer> parsed = new ArrayList<>();
        for (String item : layers) {
            String[] parts = item.split(":", 2);
            architecture.ifPresent(a -> ImageRunOptions.checkLayer(spec.commandLine(), a, parts[0].trim()));
            double weight = 1;
            if (parts.length == 2) {
                try {
                    weight = Double.parseDouble(parts[1].trim());
                } catch (NumberFormatException e) {
                    throw new ParameterException(spec.commandLine(), "--layers: \"" + parts[1] + "\" is not a weight in " + item);
                }
            }
            double layerWeight = weight;
            parsed.add(checks.settings(() -> new GuideLayer(parts[0].trim(), layerWeight)));
        }
        return parsed;
    }
}
