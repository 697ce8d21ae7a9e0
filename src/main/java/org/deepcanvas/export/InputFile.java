package org.deepcanvas.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.deepcanvas.image.ArgbImage;

/**
 * One input of a result as its provenance records it, so that a rerun can find it and tell
 * whether it is still the same: a file, a set of files from one folder (hashed together),
 * something bundled with the app (which the app version pins), or an image that was never
 * saved (an earlier result the run went on from: its pixels' hash says which).
 *
 * @param role what the input was for, e.g. "image", "dataset", "content", "style"
 * @param name the file or folder name, e.g. "astronaut.png"
 * @param path the absolute path it was read from, {@code bundled:<resource>}, or {@code unsaved:}
 * @param bytes its size (a set: all its files together; bundled: 0)
 * @param sha256 hex SHA-256 of the file, of a set's manifest, of an unsaved image's ARGB pixels
 *     (row by row, big-endian, after its width and height); null when bundled
 * @param files 1 for a file, the number of files for a set, 0 when bundled
 */
public record InputFile(String role, String name, String path, long bytes, String sha256, int files) {
    private static final String BUNDLED = "bundled:";
    private static final String UNSAVED = "unsaved:";

    public InputFile {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
    }

    /** A file the result was made from, hashed now. */
    public static InputFile of(String role, Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        FileHashes.Hash hash = FileHashes.hash(absolute);
        return new InputFile(role, String.valueOf(absolute.getFileName()), absolute.toString(), hash.bytes(),
                hash.hex(), 1);
    }

    /**
     * The files of one folder that the result was made from, in the order used. The hash
     * covers each file's path relative to the folder, its size and its own hash, so a
     * renamed, edited, added or removed file changes it.
     */
    public static InputFile ofFiles(String role, Path folder, List<Path> used) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        MessageDigest manifest = FileHashes.newDigest();
        long bytes = 0;
        for (Path file : used) {
            Path absolute = file.toAbsolutePath().normalize();
            FileHashes.Hash hash = FileHashes.hash(absolute);
            String relative = root.relativize(absolute).toString().replace('\\', '/');
            manifest.update((relative + '\0' + hash.bytes() + '\0' + hash.hex() + '\n').getBytes(StandardCharsets.UTF_8));
            bytes += hash.bytes();
        }
        return new InputFile(role, String.valueOf(root.getFileName()), root.toString(), bytes,
                HexFormat.of().formatHex(manifest.digest()), used.size());
    }

    /**
     * What a result records of an import from files and folders: each file given that was
     * used, and for each folder the set of its files that were used, hashed.
     *
     * @param given the files and folders the user named, in order
     * @param used the files the import read images from
     */
    public static List<InputFile> ofImport(String role, List<Path> given, List<Path> used) throws IOException {
        List<Path> usedFiles = used.stream().map(path -> path.toAbsolutePath().normalize()).toList();
        List<InputFile> recorded = new ArrayList<>();
        for (Path input : given) {
            Path absolute = input.toAbsolutePath().normalize();
            if (Files.isDirectory(absolute)) {
                List<Path> inFolder = usedFiles.stream().filter(file -> file.startsWith(absolute)).toList();
                if (!inFolder.isEmpty()) {
                    recorded.add(ofFiles(role, absolute, inFolder));
                }
            } else if (usedFiles.contains(absolute)) {
                recorded.add(of(role, absolute));
            }
        }
        return recorded;
    }

    /** Data that ships with the app, such as the bundled Fashion-MNIST: the app version says which. */
    public static InputFile bundled(String role, String resource) {
        String trimmed = resource.endsWith("/") ? resource.substring(0, resource.length() - 1) : resource;
        return new InputFile(role, trimmed.substring(trimmed.lastIndexOf('/') + 1), BUNDLED + resource, 0, null, 0);
    }

    /** An image that exists only in the app, such as the result a run went on from. */
    public static InputFile unsaved(String role, String name, ArgbImage image) {
        ByteBuffer bytes = ByteBuffer.allocate(Integer.BYTES * (2 + image.pixels().length));
        bytes.putInt(image.width()).putInt(image.height());
        bytes.asIntBuffer().put(image.pixels());
        MessageDigest digest = FileHashes.newDigest();
        digest.update(bytes.array());
        return new InputFile(role, name, UNSAVED, bytes.capacity(), HexFormat.of().formatHex(digest.digest()), 1);
    }

    public boolean isUnsaved() {
        return path.equals(UNSAVED);
    }

    public boolean isBundled() {
        return path.startsWith(BUNDLED);
    }

    /** A set of files from a folder rather than one file. */
    public boolean isFileSet() {
        return !isBundled() && files != 1;
    }
}
