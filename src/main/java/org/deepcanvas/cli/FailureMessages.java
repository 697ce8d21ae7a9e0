package org.deepcanvas.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.deepcanvas.image.UnusableImageException;

/**
 * Turns whatever a command threw into one line a person can act on. Failures the code
 * expects (a file, a value, a state) keep their own message; the JDK's terse file errors
 * (a bare path) get their reason; anything else is a defect, said as such.
 */
final class FailureMessages {
    private FailureMessages() {}

    static String describe(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file or folder";
        }
        if (e instanceof AccessDeniedException denied) {
            return denied.getFile() + ": no permission";
        }
        if (e instanceof NotDirectoryException notFolder) {
            return notFolder.getFile() + ": not a folder";
        }
        if (e instanceof FileSystemException file && file.getReason() != null) {
            return file.getFile() + ": " + file.getReason();
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory: try a smaller size or batch, or give Java more memory (java -Xmx4g ...)";
        }
        if (e instanceof CancellationException) {
            return e.getMessage() == null ? "cancelled" : firstLine(e.getMessage());
        }
        if (expected(e) && e.getMessage() != null && !e.getMessage().isBlank()) {
            return firstLine(e.getMessage());
        }
        String detail = e.getMessage() == null ? "" : ": " + firstLine(e.getMessage());
        return "internal error (" + e.getClass().getSimpleName() + detail + "); run again with --verbose for details";
    }

    /** The first line, without the "java.lang.IllegalStateException: " that wrapping adds. */
    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.replaceFirst("^([a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(Exception|Error): ", "");
    }

    private static boolean expected(Throwable e) {
        return e instanceof CommandFailure || e instanceof IOException || e instanceof UnusableImageException
                || e instanceof IllegalArgumentException || e instanceof IllegalStateException;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof ExecutionException || current instanceof CompletionException
                || current instanceof UncheckedIOException || current instanceof InvocationTargetException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
