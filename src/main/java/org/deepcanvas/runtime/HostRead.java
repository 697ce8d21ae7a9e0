package org.deepcanvas.runtime;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/**
 * The one way main code copies an NDArray's values back to the host. On a GPU every such
 * read waits until the device has finished all the work queued before it, so a job's step
 * must not read (the runtime reads a step's metrics only when a sample or frame is due).
 * Reads are counted per thread, which lets the runtime and the tests see a step that
 * reads; {@code HostReadSeamTest} fails the build when main code reads any other way.
 */
public final class HostRead {
    private static final ThreadLocal<long[]> READS = ThreadLocal.withInitial(() -> new long[1]);

    private HostRead() {}

    /** A scalar of any numeric type, as a float. */
    public static float scalar(NDArray array) {
        count();
        return array.toType(DataType.FLOAT32, false).getFloat();
    }

    /** A scalar of an integer type (a count, an index). */
    public static long integer(NDArray array) {
        count();
        return array.getLong();
    }

    /** Every value of a float32 array, in row-major order. */
    public static float[] floats(NDArray array) {
        count();
        return array.toFloatArray();
    }

    /** The raw values in the array's own type and byte order (to copy into another array). */
    public static ByteBuffer bytes(NDArray array) {
        count();
        return array.toByteBuffer();
    }

    /** The arrays in a file format ({@code .safetensors}, {@code .npz}), to be saved. */
    public static byte[] encode(NDList arrays, NDList.Encoding encoding) {
        count();
        return arrays.encode(encoding);
    }

    /** Like {@link #encode(NDList, NDList.Encoding)}, streamed to {@code out}. */
    public static void encode(NDList arrays, OutputStream out, NDList.Encoding encoding) throws IOException {
        count();
        arrays.encode(out, encoding);
    }

    /** How many reads the calling thread has made since it started. */
    public static long readsOnThisThread() {
        return READS.get()[0];
    }

    private static void count() {
        READS.get()[0]++;
    }
}
