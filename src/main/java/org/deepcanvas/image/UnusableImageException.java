package org.deepcanvas.image;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** A file that cannot be used as an image; the message is written for the user. */
public final class UnusableImageException extends Exception {
    private final ImageProblem problem;

    public UnusableImageException(ImageProblem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public UnusableImageException(ImageProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    /** Explains why a file or folder could not be opened, e.g. "symbolic link loop". */
    public static UnusableImageException fromFileError(IOException e) {
        if (e instanceof FileSystemLoopException || isLinkLoop(e)) {
            return new UnusableImageException(ImageProblem.LINK_LOOP, "symbolic link loop", e);
        }
        if (e instanceof AccessDeniedException) {
            return new UnusableImageException(ImageProblem.UNREADABLE, "no permission to read the file", e);
        }
        if (e instanceof NoSuchFileException) {
            return new UnusableImageException(ImageProblem.UNREADABLE, "file not found", e);
        }
        return new UnusableImageException(ImageProblem.UNREADABLE, "cannot read the file: " + e.getMessage(), e);
    }

    private static boolean isLinkLoop(IOException e) {
        return e instanceof FileSystemException fse && fse.getReason() != null
                && fse.getReason().toLowerCase(Locale.ROOT).contains("symbolic links");
    }

    /** The kind of problem, for grouping or icons; the message has the detail. */
    public ImageProblem problem() {
        return problem;
    }
}
