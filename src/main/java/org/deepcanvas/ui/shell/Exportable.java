package org.deepcanvas.ui.shell;

import java.util.List;
import java.util.Optional;
import org.deepcanvas.export.Provenance;
import org.deepcanvas.image.ArgbImage;

/** What a pane offers to File > Export: its current image and its animation frames. */
public interface Exportable {
    /** A file name without extension that says what it is, such as "astronaut-paint-step12000". */
    String baseName();

    Optional<ArgbImage> currentImage();

    /** Frames for an animated GIF, oldest first; empty when there is nothing to animate. */
    List<ArgbImage> animationFrames();

    /** What reproduces the result on show, written into every PNG export. */
    Provenance provenance();
}
