package org.deepcanvas.ui.shell;

import java.nio.file.Path;
import java.util.Optional;

/** The questions an export asks the user; tests answer them without dialogs. */
public interface ExportPrompts {
    /** The file to write, or empty if the user cancelled. */
    Optional<Path> target(String suggestedName, String description, String pattern);

    /** How to write a GIF of the given number of frames, or empty if cancelled. */
    Optional<GifChoice> gifOptions(int frameCount);

    /** The user's GIF choice; loops 0 means forever. */
    record GifChoice(int delayMillis, int loops, double scale, boolean quality) {}
}
