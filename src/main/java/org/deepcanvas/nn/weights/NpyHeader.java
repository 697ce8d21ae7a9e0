package org.deepcanvas.nn.weights;

import ai.djl.ndarray.types.Shape;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of one .npy array: magic, version, then a Python dict literal such as
 * {@code {'descr': '<f4', 'fortran_order': False, 'shape': (64, 3, 3, 3), }}.
 */
record NpyHeader(TensorType type, Shape shape, long byteCount) {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** numpy itself refuses headers over 10,000 bytes unless told otherwise. */
    private static final int MAX_HEADER_BYTES = 1 << 16;
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    /** Reads the header from the start of {@code in}; {@code where} names the array in messages. */
    static NpyHeader read(InputStream in, String where) throws IOException {
        DataInputStream data = new DataInputStream(in);
        try {
            byte[] start = new byte[8];
            data.readFully(start);
            if (!Arrays.equals(Arrays.copyOf(start, MAGIC.length), MAGIC)) {
                throw new IOException(where + " is not a .npy array");
            }
            int major = start[6];
            if (major < 1 || major > 3 || start[7] != 0) {
                throw new IOException(where + " has the unknown .npy version " + major + "." + start[7]);
            }
            byte[] lengthBytes = new byte[major == 1 ? 2 : 4];
            data.readFully(lengthBytes);
            ByteBuffer length = ByteBuffer.wrap(Arrays.copyOf(lengthBytes, 8)).order(ByteOrder.LITTLE_ENDIAN);
            long headerLength = length.getLong();
            if (headerLength > MAX_HEADER_BYTES) {
                throw new IOException(where + " has a " + headerLength + "-byte header; at most " + MAX_HEADER_BYTES
                        + " are read");
            }
            byte[] header = new byte[(int) headerLength];
            data.readFully(header);
            return parse(new String(header, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1), where);
        } catch (EOFException e) {
            throw new IOException(where + " is truncated inside its header", e);
        }
    }

    private static NpyHeader parse(String header, String where) throws IOException {
        Matcher descr = DESCR.matcher(header);
        Matcher fortran = FORTRAN.matcher(header);
        Matcher shape = SHAPE.matcher(header);
        if (!descr.find() || !fortran.find() || !shape.find()) {
            throw new IOException(where + " has an unreadable .npy header");
        }
        if (fortran.group(1).equals("True")) {
            throw new IOException(where + " is stored in Fortran order; save it with numpy's default (C) order");
        }
        TensorType type = TensorType.fromNumpy(descr.group(1)).orElseThrow(() -> new IOException(where
                + " has the unsupported dtype '" + descr.group(1) + "' (little-endian floats or integers only)"));
        String[] tokens = shape.group(1).split(",");
        long[] dimensions = Arrays.stream(tokens).map(String::strip).filter(t -> !t.isEmpty())
                .mapToLong(t -> t.matches("\\d{1,18}") ? Long.parseLong(t) : -1).toArray();
        if (dimensions.length > 8 || Arrays.stream(dimensions).anyMatch(d -> d < 0)) {
            throw new IOException(where + " has the unusable shape (" + shape.group(1) + ")");
        }
        try {
            long elements = 1;
            for (long dimension : dimensions) {
                elements = Math.multiplyExact(elements, dimension);
            }
            return new NpyHeader(type, new Shape(dimensions), Math.multiplyExact(elements, type.bytes()));
        } catch (ArithmeticException e) {
            throw new IOException(where + " has an impossibly large shape (" + shape.group(1) + ")", e);
        }
    }
}
