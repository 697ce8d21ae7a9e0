package org.deepcanvas.data;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.deepcanvas.image.ImageProblem;
import org.deepcanvas.image.UnusableImageException;

/**
 * Finds the image files among dropped files and folders. Folders are searched recursively,
 * following links but never looping; their files are sorted by path in natural order
 * ("frame2" before "frame10"), and hidden files and folders (names starting with '.') are
 * left out. Files named directly are kept in the order given. Duplicates are dropped.
 */
final class ImageFileFinder {
    static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "png", "gif", "bmp", "tif", "tiff", "webp");

    record Found(List<Path> files, List<SkippedFile> skipped) {}

    private ImageFileFinder() {}

    static Found find(List<Path> sources, BooleanSupplier cancelled) {
        Set<Path> files = new LinkedHashSet<>();
        List<SkippedFile> skipped = new ArrayList<>();
        for (Path source : sources) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            if (Files.isDirectory(source)) {
                files.addAll(walk(source, skipped, cancelled));
            } else if (!Files.exists(source) && !Files.isSymbolicLink(source)) {
                skipped.add(new SkippedFile(source.toString(), ImageProblem.UNREADABLE, "file not found"));
            } else if (hasImageExtension(source)) {
                files.add(source.toAbsolutePath().normalize());
            } else {
                skipped.add(new SkippedFile(source.toString(), ImageProblem.NOT_AN_IMAGE,
                        "not an image file (expected one of " + String.join(", ", sortedExtensions()) + ")"));
            }
        }
        return new Found(List.copyOf(files), skipped);
    }

    static boolean hasImageExtension(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    private static List<String> sortedExtensions() {
        return EXTENSIONS.stream().sorted().toList();
    }

    private static List<Path> walk(Path root, List<SkippedFile> skipped, BooleanSupplier cancelled) {
        List<Path> found = new ArrayList<>();
        Path start = root.toAbsolutePath().normalize();
        try {
            Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (cancelled.getAsBoolean()) {
                                return FileVisitResult.TERMINATE;
                            }
                            return !dir.equals(start) && isHidden(dir)
                                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!isHidden(file) && hasImageExtension(file)) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            skipped.add(failure(file, e));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            skipped.add(failure(start, e));
        }
        found.sort(NaturalOrder.INSTANCE);
        return found;
    }

    private static boolean isHidden(Path path) {
        return String.valueOf(path.getFileName()).startsWith(".");
    }

    private static SkippedFile failure(Path path, IOException e) {
        UnusableImageException why = UnusableImageException.fromFileError(e);
        return new SkippedFile(path.toString(), why.problem(), why.getMessage());
    }
}
