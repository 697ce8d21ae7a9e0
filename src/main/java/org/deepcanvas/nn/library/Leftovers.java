package org.deepcanvas.nn.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What failed installs leave in the model folder: folders with nothing in them, and the
 * {@code .part} temporary files of earlier versions. Resumable downloads ({@code .part}
 * files named after their target) are kept. Unfinished atomic writes are
 * {@link org.deepcanvas.export.LeftoverFiles}'s to delete: it knows whether their writer
 * is still running.
 */
final class Leftovers {
    private Leftovers() {}

    /** Deletes the leftovers under {@code root}; returns what was deleted. */
    static List<Path> remove(Path root, Set<String> resumable) throws IOException {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return removed;
        }
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.toList()) {
                        String name = file.getFileName().toString();
                        if (name.endsWith(".part") && !resumable.contains(name) && Files.isRegularFile(file)) {
                            Files.delete(file);
                            removed.add(file);
                        }
                    }
                }
                if (isEmpty(folder)) {
                    Files.delete(folder);
                    removed.add(folder);
                }
            }
        }
        return removed;
    }

    static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        }
    }
}
