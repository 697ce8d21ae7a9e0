package org.deepcanvas.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.deepcanvas.image.ArgbImage;

/** The questions the studio asks the user; tests answer them without dialogs. */
public interface Prompts {
    /**
     * The file to write, or empty if the user cancelled. The name always ends with the
     * extension of {@code pattern} ("*.png"), added when the user typed a name without it.
     */
    Optional<Path> target(String suggestedName, String description, String pattern);

    /** How to write a GIF of these frames (the dialog previews them), or empty if cancelled. */
    Optional<GifChoice> gifOptions(List<ArgbImage> frames);

    /**
     * Asks a question with a few answers; returns the index of the answer chosen, or empty
     * when the user closed the question without answering (always a safe "no").
     */
    Optional<Integer> choose(String title, String question, List<String> answers);

    /** A name the user types (for a preset), starting from {@code suggested}; empty if cancelled. */
    Optional<String> name(String title, String question, String suggested);

    /** The user's GIF choice; loops 0 means forever. */
    record GifChoice(int delayMillis, int loops, double scale, boolean quality) {}
}
