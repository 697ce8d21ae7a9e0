package org.deepcanvas.data;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.image.LoadedImage;
import org.deepcanvas.image.UnusableImageException;

/**
 * One imported image: its file name, where it came from (a path, or the bundled-sample
 * resource), the size of the original, and the square N x N image the dataset keeps.
 */
public record DatasetEntry(String name, String source, int originalWidth, int originalHeight, ArgbImage image) {
    /** The user's file the image was read from; empty for a bundled image. */
    public Optional<Path> file() {
        return source.startsWith(ImageSource.BUNDLED) ? Optional.empty() : Optional.of(Path.of(source));
    }

    /** The resource of an image bundled with the app ("/assets/samples/astronaut.png"); empty for a user's file. */
    public Optional<String> bundledResource() {
        return source.startsWith(ImageSource.BUNDLED) ? Optional.of(source.substring(ImageSource.BUNDLED.length()))
                : Optional.empty();
    }

    /**
     * The original image again, uncropped, decoded at a resolution whose short side is at
     * least {@code neededShortSide}; empty when the source cannot be read on its own (an
     * image of the bundled Fashion-MNIST set).
     */
    public Optional<LoadedImage> original(int neededShortSide, BooleanSupplier cancelled) throws UnusableImageException {
        Optional<ImageSource> from = ImageSource.at(source);
        return from.isEmpty() ? Optional.empty() : Optional.of(from.get().load(neededShortSide, cancelled));
    }
}
