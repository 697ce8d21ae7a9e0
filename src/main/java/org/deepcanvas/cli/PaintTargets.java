package org.deepcanvas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.image.ImageLoader;
import org.deepcanvas.image.Resize;
import org.deepcanvas.image.UnusableImageException;

/** Reads the images the paint command paints: one picture, or a folder of them. */
final class PaintTargets {
    static final int MAX_IMAGES = 100;

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
     * The first {@value #MAX_IMAGES} readable images of the folder by name, centre-cropped
     * to squares of {@code side}; unreadable files are reported on {@code err} and skipped.
     */
    static List<ArgbImage> folder(Path dir, int side, PrintWriter err) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("not a folder: " + dir);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
        List<ArgbImage> images = new ArrayList<>();
        for (Path file : files) {
            if (images.size() == MAX_IMAGES) {
                err.println("note: painting the first " + MAX_IMAGES + " images of " + files.size() + " files");
                break;
            }
            try {
                images.add(Resize.squareThumbnail(ImageLoader.load(file, side).image(), side));
            } catch (UnusableImageException e) {
                err.println("skipped " + file.getFileName() + ": " + e.getMessage());
            }
        }
        if (images.isEmpty()) {
            throw new IOException("no readable images in " + dir);
        }
        return images;
    }
}
