package org.deepcanvas.nn.weights;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads a numpy .npz archive (a zip of .npy arrays, stored or deflated). An array may not
 * claim more bytes than the archive could hold: deflate expands by at most about 1032 to
 * 1, so a small file cannot make the reader allocate gigabytes, and each array must hold
 * exactly the bytes its shape needs.
 */
public final class NpzReader {
    private static final long MAX_EXPANSION = 1032;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private NpzReader() {}

    public static Map<String, NDArray> read(NDManager manager, InputStream file, long archiveBytes, String source)
            throws IOException {
        BufferedInputStream in = new BufferedInputStream(file);
        in.mark(ZIP_MAGIC.length);
        if (!Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC)) {
            throw new IOException(source + " is not an .npz file (it is not a zip archive)");
        }
        in.reset();
        Map<String, NDArray> arrays = new LinkedHashMap<>();
        long budget = archiveBytes > Long.MAX_VALUE / MAX_EXPANSION ? Long.MAX_VALUE : archiveBytes * MAX_EXPANSION;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String key = key(entry, arrays, source);
                String where = source + ": " + entry.getName();
                NpyHeader header = NpyHeader.read(zip, where);
                if (header.byteCount() > budget) {
                    throw new IOException(where + " claims " + header.byteCount() + " bytes, more than a "
                            + archiveBytes + "-byte archive can hold");
                }
                budget -= header.byteCount();
                ByteBuffer data = TensorArrays.allocate(header.byteCount(), key, source);
                fill(zip, data, where);
                arrays.put(key, TensorArrays.create(manager, data, header.type(), header.shape(), key, source));
            }
        } catch (ZipException | EOFException | IllegalArgumentException e) {
            // IllegalArgumentException: the zip library's answer to an entry name that is not valid text
            throw TensorArrays.discard(arrays, new IOException(source + " is a damaged .npz archive: " + e.getMessage(), e));
        } catch (IOException e) {
            throw TensorArrays.discard(arrays, e);
        }
        return arrays;
    }

    private static String key(ZipEntry entry, Map<String, NDArray> arrays, String source) throws IOException {
        String name = entry.getName();
        if (!name.endsWith(".npy") || name.length() == 4) {
            throw new IOException(source + " holds " + name + ", which is not a .npy array");
        }
        String key = name.substring(0, name.length() - 4);
        if (arrays.containsKey(key)) {
            throw new IOException(source + " holds two arrays named " + key);
        }
        return key;
    }

    private static void fill(InputStream in, ByteBuffer data, String where) throws IOException {
        byte[] chunk = new byte[1 << 16];
        try {
            while (data.hasRemaining()) {
                int n = in.read(chunk, 0, Math.min(chunk.length, data.remaining()));
                if (n < 0) {
                    throw new IOException(where + " is truncated: " + data.remaining() + " bytes of its data are missing");
                }
                data.put(chunk, 0, n);
            }
            if (in.read() >= 0) {
                throw new IOException(where + " holds more bytes than its shape needs; the archive is damaged");
            }
        } catch (ZipException | EOFException e) {
            throw new IOException(where + " is damaged: " + e.getMessage(), e);
        }
    }
}
