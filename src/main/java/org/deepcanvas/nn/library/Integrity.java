package org.deepcanvas.nn.library;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.deepcanvas.export.FileHashes;

/**
 * Checks a downloaded file: against its SHA-256 when the catalogue knows it, otherwise
 * (for .safetensors) that the header parses and the file is exactly as long as the
 * header says, which catches truncated and garbled downloads.
 */
public final class Integrity {
    private static final long MAX_HEADER = 100L * 1024 * 1024;

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

    /** The header is an 8-byte little-endian length, then JSON naming each tensor's byte range. */
    static void checkSafetensors(Path file) throws IOException {
        long size = Files.size(file);
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            byte[] lengthBytes = new byte[8];
            in.readFully(lengthBytes);
            long headerLength = ByteBuffer.wrap(lengthBytes).order(ByteOrder.LITTLE_ENDIAN).getLong();
            if (headerLength <= 0 || headerLength > MAX_HEADER || 8 + headerLength > size) {
                throw new IOException("not a safetensors file (bad header length " + headerLength + ")");
            }
            byte[] header = new byte[(int) headerLength];
            in.readFully(header);
            long dataEnd = dataEnd(JsonParser.parseString(new String(header, StandardCharsets.UTF_8)).getAsJsonObject());
            if (8 + headerLength + dataEnd != size) {
                throw new IOException("the safetensors file is " + size + " bytes but its header describes "
                        + (8 + headerLength + dataEnd) + "; the download is incomplete or damaged");
            }
        } catch (RuntimeException e) {
            throw new IOException("not a safetensors file (unreadable header): " + e.getMessage(), e);
        }
    }

    private static long dataEnd(JsonObject header) {
        long end = 0;
        for (Map.Entry<String, JsonElement> entry : header.entrySet()) {
            if (!entry.getKey().equals("__metadata__")) {
                end = Math.max(end, entry.getValue().getAsJsonObject().getAsJsonArray("data_offsets").get(1).getAsLong());
            }
        }
        return end;
    }
}
