package org.deepcanvas.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SHA-256 of files: inputs for provenance, downloads for integrity. A studio exports the same
 * inputs again and again, so a file's hash is remembered while its size and modification
 * time stay the same.
 */
public final class FileHashes {
    /** A file's size and hex SHA-256. */
    record Hash(long bytes, String hex) {}

    private record Key(Path file, long bytes, FileTime modified) {}

    private static final int MAX_REMEMBERED = 10_000;
    private static final Map<Key, String> REMEMBERED = new ConcurrentHashMap<>();

    private FileHashes() {}

    /** The file's SHA-256 as lower-case hex. */
    public static String sha256(Path file) throws IOException {
        return hash(file).hex();
    }

    static Hash hash(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        Key key = new Key(file, attributes.size(), attributes.lastModifiedTime());
        String hex = REMEMBERED.get(key);
        if (hex == null) {
            hex = digest(file);
            if (REMEMBERED.size() >= MAX_REMEMBERED) {
                REMEMBERED.clear();
            }
            REMEMBERED.put(key, hex);
        }
        return new Hash(attributes.size(), hex);
    }

    /** A fresh SHA-256 digest, for hashing streams and byte ranges. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String digest(Path file) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
