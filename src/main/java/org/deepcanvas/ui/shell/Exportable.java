package org.deepcanvas.ui.shell;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deepcanvas.image.ArgbImage;

/** What a pane offers to File > Export: its current image and its animation frames. */
public interface Exportable {
    /** A file name without extension, such as "dataset-montage". */
    String baseName();

    Optional<ArgbImage> currentImage();

    /** Frames for an animated GIF, oldest first; empty when there is nothing to animate. */
    List<ArgbImage> animationFrames();

    /** The settings that reproduce the result, written next to every export. */
    Map<String, Object> settings();

    /** The seed that makes the result repeatable, or null when there is none. */
    default Long seed() {
        return null;
    }
}
