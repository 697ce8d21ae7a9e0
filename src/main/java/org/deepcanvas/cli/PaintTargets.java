package org.deepcanvas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.deepcanvas.data.ImportResult;
import org.deepcanvas.data.ImportSettings;
import org.deepcanvas.export.InputFile;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.image.ImageLoader;
import org.deepcanvas.image.Resize;
import org.deepcanvas.image.UnusableImageException;
import org.deepcanvas.lab.paint.PaintJob;
import org.deepcanvas.lab.paint.PaintRecord;

/** Reads the images the paint command paints, one picture or a folder of them, and records which. */
final class PaintTargets {
    /** The provenance role of a single image. */
    static final String IMAGE = PaintRecord.IMAGE;
    /** The provenance role of a folder's images. */
    static final String DATASET = PaintRecord.DATASET;

    /** The pictures to paint and the input they came from. */
    record Targets(List<ArgbImage> images, InputFile input) {}

    private PaintTargets() {}

    /** The image, shrunk (never enlarged) so that its longer side is at most {@code side}. */
    static Targets single(Path file, int side) throws UnusableImageException, IOException {
        ArgbImage image = ImageLoader.load(file, side).image();
        double scale = Math.min(1.0, side / (double) Math.max(image.width(), image.height()));
        if (scale < 1.0) {
            image = Resize.to(image, Math.max(1, (int) Math.round(image.width() * scale)),
                    Math.max(1, (int) Math.round(image.height() * scale)));
        }
        return new Targets(List.of(image), InputFile.of(IMAGE, file));
    }

    /**
     * The first images of the folder (searched recursively, in natural order, at most as
     * many as one network paints), centre-cropped to squares of {@code side}; unusable files
     * are reported on {@code err} and skipped.
     */
    static Targets folder(Path dir, int side, PrintWriter err) throws IOException {
        int importSide = Math.min(ImportSettings.MAX_SIZE, Math.max(ImportSettings.MIN_SIZE, side));
        ImportResult imported = FolderImport.images(List.of(dir), new ImportSettings(importSide, PaintJob.MAX_IMAGES),
                err);
        List<ArgbImage> images = imported.dataset().images();
        if (importSide != side) {
            images = images.stream().map(image -> Resize.to(image, side, side)).toList();
        }
        return new Targets(images, FolderImport.provenance(DATASET, List.of(dir), imported).get(0));
    }
}
