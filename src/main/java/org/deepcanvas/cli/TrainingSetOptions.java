package org.deepcanvas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deepcanvas.data.Dataset;
import org.deepcanvas.data.ImportSettings;
import org.deepcanvas.lab.trainingset.TrainingSet;
import picocli.CommandLine.Option;

/** Where the generative models' images come from: the options `autoencode`, `gan` and their benchmarks share. */
final class TrainingSetOptions {
    @Option(names = "--dataset", defaultValue = "fashion", paramLabel = "fashion|DIR",
            description = "the bundled Fashion-MNIST subset or a folder of images (default ${DEFAULT-VALUE})")
    String dataset;

    @Option(names = "--size", defaultValue = "28", description = "image side, 28..64 (default ${DEFAULT-VALUE})")
    int size;

    @Option(names = "--colour", description = "DIR: keep colour (default: grey)")
    boolean colour;

    @Option(names = "--limit", defaultValue = "2000", description = "DIR: at most this many images (default ${DEFAULT-VALUE})")
    int limit;

    /**
     * Fashion-MNIST (at 28 px unless {@code resizeFashion}), or a folder's images at --size
     * split by {@code seed}; skipped files are listed on {@code err}.
     */
    TrainingSet load(PrintWriter err, long seed, boolean resizeFashion) throws IOException {
        if (size < TrainingSet.MIN_SIDE || size > TrainingSet.MAX_SIDE) {
            throw new IOException("--size must be " + TrainingSet.MIN_SIDE + ".." + TrainingSet.MAX_SIDE
                    + ", not " + size);
        }
        if (dataset.equals("fashion")) {
            TrainingSet fashion = TrainingSet.fashionMnist();
            return resizeFashion ? fashion.resized(size) : fashion;
        }
        Path folder = Path.of(dataset);
        if (!Files.isDirectory(folder)) {
            throw new IOException("--dataset must be 'fashion' or a folder of images; " + folder + " is not a folder");
        }
        // the importer keeps at least 32 px; the dataset then resizes to --size
        ImportSettings importing = new ImportSettings(Math.max(ImportSettings.MIN_SIZE, size), limit);
        Dataset images = FolderImport.images(List.of(folder), importing, err).dataset();
        return TrainingSet.fromImages(images.images(), size, colour, seed);
    }
}
