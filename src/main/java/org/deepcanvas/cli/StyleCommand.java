package org.deepcanvas.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.deepcanvas.export.GifOptions;
import org.deepcanvas.export.InputFile;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.imageopt.StepMethod;
import org.deepcanvas.lab.style.ColourMode;
import org.deepcanvas.lab.style.StyleInit;
import org.deepcanvas.lab.style.StyleJob;
import org.deepcanvas.lab.style.StyleSettings;
import org.deepcanvas.nn.library.Catalog;
import org.deepcanvas.nn.library.ModelLibrary;
import org.deepcanvas.nn.library.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `deepcanvas style`: a style transfer (Gatys et al.) headless, written as PNG (settings inside) and GIF. */
@Command(name = "style", mixinStandardHelpOptions = true,
        description = "Style transfer: keep the content of one picture, take the style of others.")
final class StyleCommand implements Callable<Integer> {
    private static final int MAX_ITERATIONS = 100_000;

    enum Optimizer { ADAM, LBFGS }

    @Spec
    CommandSpec spec;

    @Mixin
    ImageOutputs outputs;

    @Mixin
    GifMixin gifOptions;

    @Option(names = "--content", paramLabel = "FILE", required = true, description = "the picture whose content to keep")
    Path content;

    @Option(names = "--style", paramLabel = "FILE[,FILE...]", required = true, split = ",",
            description = "one or more pictures whose style to take")
    List<Path> styles;

    @Option(names = "--style-weights", paramLabel = "F,F...", split = ",",
            description = "one blend weight per style picture, e.g. 0.7,0.3 (default: all equal)")
    List<Float> styleWeights;

    @Option(names = "--net", paramLabel = "ID", defaultValue = ModelLibrary.RANDOM_TEXTURE,
            description = "feature network: the embedded random-texture net (default, offline) or an installed vgg19, vgg16")
    String network;

    @Option(names = "--size", paramLabel = "PX", defaultValue = "256",
            description = "longest side of the result, 32 to 2048; above 512 it is solved at 512 first (default ${DEFAULT-VALUE})")
    int size;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "300", description = "steps (default ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--optimizer", defaultValue = "ADAM", description = "adam or lbfgs (default adam)")
    Optimizer optimizer;

    @Option(names = "--learning-rate", paramLabel = "F",
            description = "Adam's learning rate in pixel units (default 0.02), or L-BFGS's step scale (default 1)")
    Float learningRate;

    @Option(names = "--content-weight", paramLabel = "F", defaultValue = "1", description = "(default ${DEFAULT-VALUE})")
    double contentWeight;

    @Option(names = "--style-weight", paramLabel = "F", defaultValue = "1000", description = "(default ${DEFAULT-VALUE})")
    double styleWeight;

    @Option(names = "--tv-weight", paramLabel = "F", defaultValue = "1",
            description = "total variation, for smoothness (default ${DEFAULT-VALUE})")
    double tvWeight;

    @Option(names = "--init", defaultValue = "CONTENT", description = "content, noise or style (default content)")
    StyleInit init;

    @Option(names = "--preserve-colours", description = "keep the content's colours: only the luminance is stylised")
    boolean preserveColours;

    @Option(names = "--match-colours", description = "recolour each style picture to the content's colours first")
    boolean matchColours;

    @Option(names = "--style-scale", paramLabel = "F", defaultValue = "1",
            description = "the style pictures' size relative to the result, 0.25 to 2 (default ${DEFAULT-VALUE})")
    double styleScale;

    @Override
    public Integer call() throws Exception {
        Preflight checks = Preflight.of(spec).inputFile("--content", content);
        styles.forEach(style -> checks.inputFile("--style", style));
        checks.range("--size", size, StyleSettings.MIN_SIZE, StyleSettings.LARGEST_SIZE)
                .range("--iterations", iterations, 1, MAX_ITERATIONS)
                .rule(styleWeights == null || styleWeights.size() == styles.size(), "--style-weights gives "
                        + (styleWeights == null ? 0 : styleWeights.size()) + " weights for " + styles.size()
                        + " --style pictures; give one each")
                .rule(!(preserveColours && matchColours), "--preserve-colours and --match-colours exclude each other");
        outputs.check(checks);
        GifOptions gifs = gifOptions.options(checks);
        ModelLibrary library = new ModelLibrary(Catalog.load(null), ModelStore.standard());
        ImageRunOptions.architecture(spec.commandLine(), library, network);
        if (!network.equals(ModelLibrary.RANDOM_TEXTURE) && !network.equals(ModelLibrary.FASHION)
                && library.store().find(network).isEmpty()) {
            throw new CommandFailure("--net " + network + ": not installed; `deepcanvas models install " + network
                    + "` downloads it");
        }
        StyleSettings settings = checks.settings(this::settings);
        ArgbImage contentPicture = ImageRunOptions.picture(content, size);
        List<ArgbImage> stylePictures = new ArrayList<>();
        List<InputFile> inputs = new ArrayList<>(List.of(InputFile.of("content", content)));
        for (Path style : styles) {
            stylePictures.add(ImageRunOptions.picture(style, (int) Math.ceil(size * styleScale)));
            inputs.add(InputFile.of("style", style));
        }
        ImageRunExport.run("style", new StyleJob(library::open, contentPicture, stylePictures), settings, iterations,
                outputs, gifs, ImageRunOptions.provenanceOf(library, network), inputs, spec.commandLine().getOut());
        return 0;
    }

    private StyleSettings settings() {
        StepMethod method = optimizer == Optimizer.LBFGS ? StepMethod.LBFGS : StepMethod.ADAM;
        StyleSettings chosen = StyleSettings.DEFAULT.withNetwork(network).withSize(size).withIterations(iterations)
                .withMethod(method).withContentWeight(contentWeight).withStyleWeight(styleWeight)
                .withTvWeight(tvWeight).withInit(init).withStyleScale(styleScale)
                .withColour(preserveColours ? ColourMode.KEEP_CONTENT
                        : matchColours ? ColourMode.MATCH_STYLE_TO_CONTENT : ColourMode.STYLE)
                .withStyleBlend(styleWeights == null ? List.of() : styleWeights);
        return learningRate == null ? chosen : chosen.withLearningRate(learningRate);
    }
}
