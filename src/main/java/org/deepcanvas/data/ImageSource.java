package org.deepcanvas.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.deepcanvas.image.ImageLoader;
import org.deepcanvas.image.ImageProblem;
import org.deepcanvas.image.LoadedImage;
import org.deepcanvas.image.UnusableImageException;

/** Something an import reads one image from: a file, or a resource bundled on the classpath. */
interface ImageSource {
    /** How the location of an image bundled with the app begins. */
    String BUNDLED = "bundled:";

    String name();

    String location();

    /** Decodes the image; throws CancellationException soon after cancelled turns true. */
    LoadedImage load(int neededShortSide, BooleanSupplier cancelled) throws UnusableImageException;

    /**
     * The source a {@link #location()} names again, or empty for a location that cannot be
     * read back on its own (an image inside a bundled data set).
     */
    static Optional<ImageSource> at(String location) {
        if (location.startsWith(BUNDLED + "/")) {
            return Optional.of(resource(location.substring(BUNDLED.length())));
        }
        return location.startsWith(BUNDLED) ? Optional.empty() : Optional.of(file(Path.of(location)));
    }

    static ImageSource file(Path path) {
        return new ImageSource() {
            @Override
            public String name() {
                Path fileName = path.getFileName();
                return fileName == null ? path.toString() : fileName.toString();
            }

            @Override
            public String location() {
                return path.toString();
            }

            @Override
            public LoadedImage load(int neededShortSide, BooleanSupplier cancelled) throws UnusableImageException {
                return ImageLoader.load(path, neededShortSide, cancelled);
            }
        };
    }

    static ImageSource resource(String resourcePath) {
        return new ImageSource() {
            @Override
            public String name() {
                return resourcePath.substring(resourcePath.lastIndexOf('/') + 1);
            }

            @Override
            public String location() {
                return BUNDLED + resourcePath;
            }

            @Override
            public LoadedImage load(int neededShortSide, BooleanSupplier cancelled) throws UnusableImageException {
                InputStream in = ImageSource.class.getResourceAsStream(resourcePath);
                if (in == null) {
                    throw new UnusableImageException(ImageProblem.UNREADABLE, "bundled file is missing");
                }
                try (in) {
                    return ImageLoader.load(in, neededShortSide, cancelled);
                } catch (IOException e) {
                    throw new UnusableImageException(ImageProblem.UNREADABLE, "cannot read: " + e.getMessage(), e);
                }
            }
        };
    }
}
