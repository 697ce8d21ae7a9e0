package org.deepcanvas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.deepcanvas.data.Dataset;
import org.deepcanvas.data.ImportResult;
import org.deepcanvas.data.ImportSettings;
import org.deepcanvas.export.ExportMonitor;
import org.deepcanvas.export.GifOptions;
import org.deepcanvas.export.GifWriter;
import org.deepcanvas.export.PngExport;
import org.deepcanvas.export.Provenance;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.image.ImageStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `deepcanvas dataset`: import images and write the montage, mean, std and a slideshow. */
@Command(name = "dataset", mixinStandardHelpOptions = true,
        description = "Crop images to squares, resize them, and write their montage, mean and std images.")
final class DatasetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-i", "--input"}, required = true, paramLabel = "PATH",
            description = "Image file or folder (searched recursively); repeatable.")
    List<Path> inputs;

    @Option(names = "--size", defaultValue = "100", paramLabel = "N",
            description = "Side of the square images in pixels, 32 to 256 (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--count", defaultValue = "100", paramLabel = "N",
            description = "Keep at most this many images, up to 10000 (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--montage", paramLabel = "PNG", description = "Write the montage here.")
    Path montage;

    @Option(names = "--mean", paramLabel = "PNG", description = "Write the mean image here.")
    Path mean;

    @Option(names = "--std", paramLabel = "PNG", description = "Write the standard-deviation image here.")
    Path std;

    @Option(names = "--normalised", paramLabel = "PNG", description = "Write the montage of normalised images here.")
    Path normalised;

    @Option(names = "--gif", paramLabel = "GIF", description = "Write a slideshow of the images here.")
    Path gif;

    @Mixin
    GifMixin gifOptions;

    @Override
    public Integer call() throws IOException {
        Preflight checks = Preflight.of(spec);
        checks.range("--size", size, ImportSettings.MIN_SIZE, ImportSettings.MAX_SIZE)
                .range("--count", count, 1, ImportSettings.MAX_LIMIT)
                .inputs("--input", inputs)
                .output("--montage", montage, OutputKind.PNG)
                .output("--mean", mean, OutputKind.PNG)
                .output("--std", std, OutputKind.PNG)
                .output("--normalised", normalised, OutputKind.PNG)
                .output("--gif", gif, OutputKind.GIF);
        GifOptions gifs = gifOptions.options(checks);
        checks.check(() -> GifWriter.requireFits(size, size, gifs));
        ImportSettings settings = new ImportSettings(size, count);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportResult result = FolderImport.images(inputs, settings, err);
        Dataset dataset = result.dataset();
        out.printf("imported %d images at %d x %d, skipped %d%n",
                dataset.entries().size(), size, size, result.skipped().size());
        Provenance provenance = Provenance.of("dataset", Map.of("size", size, "count", count), null)
                .withInputs(FolderImport.provenance("images", inputs, result));
        ImageStatistics stats = dataset.statistics();
        write(montage, () -> dataset.montage().image(), provenance, out);
        write(mean, stats::meanImage, provenance, out);
        write(std, stats::stdImage, provenance, out);
        write(normalised, () -> dataset.normalisedMontage(stats).image(), provenance, out);
        if (gif != null) {
            GifWriter.write(dataset.images(), gif, gifs, ExportMonitor.NONE);
            out.println("wrote " + gif);
        }
        return 0;
    }

    private static void write(Path target, Supplier<ArgbImage> image, Provenance provenance, PrintWriter out)
            throws IOException {
        if (target != null) {
            PngExport.write(image.get(), target, provenance);
            out.println("wrote " + target);
        }
    }
}
