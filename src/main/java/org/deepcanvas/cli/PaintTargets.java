package org.deepcanvas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deepcanvas.data.Dataset;
import org.deepcanvas.data.ImportSettings;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.image.ImageLoader;
import org.deepcanvas.image.Resize;
import org.deepcanvas.image.UnusableImageException;
import org.deepcanvas.lab.paint.PaintJob;

/** Reads the images the paint command paints: one picture, or a folder of them. */
final class PaintTargets {
    private PaintTargets() {}

    /** The image, shrunk (never enlarged) so that its longer side is at most {@code side}. */
    static ArgbImage single(Path file, int side) throws UnusableImageException {
        ArgbImage image = ImageLoader.load(file, side).image();
        double scale = Math.min(1.0, side / (double) Math.max(image.width(), image.height()));
        if (scale == 1.0) {
            return image;
        }
        return Resize.to(image, Math.max(1, (int) Math.round(image.width() * scale)),
                Math.max(1, (int) Math.round(image.height() * scale)));
    }

    /**
     * The first images of the folder (searched recursively, in natural order, at most as
     * many as one network paints), centre-cropped to squares of {@code side}; unusable files
     * are reported on {@code err} and skipped.
     */
    static List<ArgbImage> folder(Path dir, int side, PrintWriter err) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("not a folder: " + dir);
        }
        int importSide = Math.min(ImportSettings.MAX_SIZE, Math.max(ImportSettings.MIN_SIZE, side));
        Dataset dataset = FolderImport.images(List.of(dir), new ImportSettings(importSide, PaintJob.MAX_IMAGES), err)
                .dataset();
        return importSide == side ? dataset.images()
                : dataset.images().stream().map(image -> Resize.to(image, side, side)).toList();
    }
}
