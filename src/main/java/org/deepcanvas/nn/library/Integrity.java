package org.deepcanvas.nn.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.deepcanvas.export.FileHashes;
import org.deepcanvas.nn.weights.SafetensorsHeader;

/**
 * Checks a downloaded file: against its SHA-256 when the catalogue knows it, otherwise
 * (for .safetensors) that the header parses and the file is exactly as long as the
 * header says, which catches truncated and garbled downloads.
 */
public final class Integrity {
    private Integrity() {}

    /**
     * Throws an IOException saying what is wrong, or returns quietly.
     *
     * @param safetensors whether the file is meant to be .safetensors (its name may be a .part)
     */
    public static void check(Path file, boolean safetensors, String expectedSha256, long expectedSize)
            throws IOException {
        long size = Files.size(file);
        if (expectedSize > 0 && size != expectedSize) {
            throw new IOException("the download has " + size + " bytes but should have " + expectedSize);
        }
        if (expectedSha256 != null && !expectedSha256.isBlank()) {
            String actual = sha256(file);
            if (!actual.equalsIgnoreCase(expectedSha256.trim())) {
                throw new IOException("checksum mismatch: expected SHA-256 " + expectedSha256.trim().toLowerCase(Locale.ROOT)
                        + " but the download has " + actual);
            }
        } else if (safetensors) {
            checkSafetensors(file);
        }
    }

    public static String sha256(Path file) throws IOException {
        return FileHashes.sha256(file);
    }

    /** The header must parse and its byte ranges tile the file exactly ({@link SafetensorsHeader}). */
    static void checkSafetensors(Path file) throws IOException {
        SafetensorsHeader.read(file, "the download");
    }
}
