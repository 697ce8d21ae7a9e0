package org.deepcanvas.cli;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.deepcanvas.data.FashionMnist;
import org.deepcanvas.data.ImportResult;
import org.deepcanvas.data.ImportSettings;
import org.deepcanvas.export.InputFile;
import org.deepcanvas.lab.trainingset.TrainingSet;
import picocli.CommandLine.Option;

/**
 * Where a generative model's images come from, for `autoencode`, `gan` and their reruns:
 * the bundled Fashion-MNIST or a folder of images at --size, grey or colour.
 */
final class TrainingSetOptions {
    static final String FASHION = "fashion";
    /** The provenance role of the training images. */
    static final String ROLE = "dataset";

    @Option(names = "--dataset", defaultValue = "fashion", paramLabel = "fashion|DIR",
            description = "the bundled Fashion-MNIST subset or a folder of images (default ${DEFAULT-VALUE})")
    String dataset;

    @Option(names = "--size", defaultValue = "28", paramLabel = "PX",
            description = "image side, 28 to 64 (default ${DEFAULT-VALUE})")
    int size;

    @Option(names = "--colour", description = "DIR: keep colour (default: grey)")
    boolean colour;

    @Option(names = "--limit", defaultValue = "2000", paramLabel = "N", description = "DIR: at most this many images (default ${DEFAULT-VALUE})")
    int limit;

    /** The images to train on and the input they came from, for the provenance. */
    record TrainingImages(TrainingSet data, InputFile input) {}

    /** Checks the options before any work. */
    void check(Preflight checks) {
        checks.range("--size", size, TrainingSet.MIN_SIDE, TrainingSet.MAX_SIDE)
                .range("--limit", limit, 1, ImportSettings.MAX_LIMIT);
        if (!dataset.equals(FASHION)) {
            checks.inputFolder("--dataset", Path.of(dataset));
        }
    }

    /**
     * Fashion-MNIST (resized to --size when {@code resizeFashion}), or a folder's images at
     * --size split by {@code seed} (skipped files listed on {@code err}); call after {@link #check}.
     */
    TrainingImages load(PrintWriter err, long seed, boolean resizeFashion) throws IOException {
        if (dataset.equals(FASHION)) {
            TrainingSet fashion = TrainingSet.fashionMnist();
            return new TrainingImages(resizeFashion ? fashion.resized(size) : fashion,
                    InputFile.bundled(ROLE, FashionMnist.BUNDLED));
        }
        Path folder = Path.of(dataset);
        // the importer keeps at least 32 px; the dataset then resizes to --size
        ImportSettings importing = new ImportSettings(Math.max(ImportSettings.MIN_SIZE, size), limit);
        ImportResult imported = FolderImport.images(List.of(folder), importing, err);
        return new TrainingImages(TrainingSet.fromImages(imported.dataset().images(), size, colour, seed),
                FolderImport.provenance(ROLE, List.of(folder), imported).get(0));
    }

    /** These options as a result's provenance records them (how the images were prepared). */
    Map<String, Object> provenance(boolean resizeFashion) {
        if (dataset.equals(FASHION)) {
            return resizeFashion ? Map.of("size", size) : Map.of();
        }
        return Map.of("size", size, "colour", colour, "limit", limit);
    }

    /** The options again, for a rerun, from the recorded options and the input found. */
    static void rerunArguments(JsonObject options, RerunInputs inputs, List<String> arguments) {
        if (inputs.isBundled(ROLE)) {
            arguments.addAll(List.of("--dataset", FASHION));
            Reruns.copy(options, "size", arguments);
        } else {
            arguments.addAll(List.of("--dataset", inputs.path(ROLE).toString()));
            Reruns.copy(options, "size", arguments);
            Reruns.copy(options, "limit", arguments);
            Reruns.flag(options, "colour", arguments);
        }
    }
}
