package org.deepcanvas.ui.training;

import java.nio.file.Path;
import java.util.Optional;
import org.deepcanvas.export.InputFile;
import org.deepcanvas.image.ArgbImage;

/**
 * The image an {@link ImageWell} holds, with where it came from.
 *
 * @param name the file name, such as "astronaut.png"
 * @param file the file it was read from, or null for an image bundled with the app
 * @param image the pixels, already validated and sized for the pane
 * @param input the image as a result's provenance records it (hashed when it is a file)
 */
public record WellImage(String name, Path file, ArgbImage image, InputFile input) {
    /** The name without its extension, for the names of what is made from it ("astronaut"). */
    public String subject() {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The user's file it was read from; empty for a bundled image. */
    public Optional<Path> sourceFile() {
        return Optional.ofNullable(file);
    }

    /** "astronaut.png, 512 x 512 px". */
    public String describe() {
        return name + ", " + image.width() + " x " + image.height() + " px";
    }
}
