package org.deepcanvas.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deleting a folder with everything in it (a removed model, a finished or abandoned download). */
public final class FileTrees {
    private FileTrees() {}

    /** Deletes {@code folder} and its contents; false when there was nothing. Links are removed, not followed. */
    public static boolean delete(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw new IOException("could not delete " + folder + ": " + e.getCause().getMessage(), e.getCause());
        }
        return true;
    }
}
