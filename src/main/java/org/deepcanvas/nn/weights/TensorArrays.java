package org.deepcanvas.nn.weights;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import org.deepcanvas.nn.library.Sizes;

/** Turns one tensor's checked bytes into an NDArray: one direct buffer each, refused when it holds NaN or infinity. */
final class TensorArrays {
    /** What one buffer (and DJL's int element count) can hold. */
    private static final long MAX_TENSOR_BYTES = Integer.MAX_VALUE - 8;

    private TensorArrays() {}

    /** A direct buffer for {@code bytes} bytes; an IOException when it is too large or memory runs out. */
    static ByteBuffer allocate(long bytes, String tensor, String source) throws IOException {
        if (bytes > MAX_TENSOR_BYTES) {
            throw new IOException(source + ": tensor " + tensor + " is " + Sizes.describe(bytes)
                    + ", more than one tensor may hold here (" + Sizes.describe(MAX_TENSOR_BYTES) + ")");
        }
        try {
            return ByteBuffer.allocateDirect((int) bytes);
        } catch (OutOfMemoryError e) {
            throw new IOException("not enough memory to read tensor " + tensor + " (" + Sizes.describe(bytes) + ") of "
                    + source + "; close other work or give Java more memory (-Xmx)", e);
        }
    }

    /** {@code data} (filled, any position) as an array named {@code name}, after checking its numbers are finite. */
    static NDArray create(NDManager manager, ByteBuffer data, TensorType type, Shape shape, String name, String source)
            throws IOException {
        data.rewind();
        long bad = FiniteValues.countNonFinite(data, type);
        if (bad > 0) {
            throw new IOException(source + ": tensor " + name + " holds " + bad + " NaN or infinite value"
                    + (bad == 1 ? "" : "s") + " (of " + shape.size() + "); weights like these turn every image into NaN,"
                    + " so the file is refused");
        }
        NDArray array;
        if (shape.size() == 0) {
            array = manager.zeros(shape, type == TensorType.BF16 ? TensorType.F32.dataType() : type.dataType());
        } else if (type == TensorType.BF16) {
            // DJL 0.36 aborts the JVM when it makes a bfloat16 tensor from a buffer; widen to float32, exactly
            array = manager.create(widenBfloat16(data, name, source), shape, TensorType.F32.dataType());
        } else {
            array = manager.create(data, shape, type.dataType());
        }
        array.setName(name);
        return array;
    }

    /** A bfloat16 is the upper half of the float32 with the same value. */
    private static ByteBuffer widenBfloat16(ByteBuffer halves, String name, String source) throws IOException {
        ByteBuffer in = halves.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer out = allocate(2L * in.remaining(), name, source).order(ByteOrder.nativeOrder());
        while (in.hasRemaining()) {
            out.putInt((in.getShort() & 0xffff) << 16);
        }
        return out.rewind();
    }

    /** Closes what was read before a failure, so a refused file leaves nothing behind on the manager. */
    static IOException discard(Map<String, NDArray> arrays, IOException failure) {
        arrays.values().forEach(NDArray::close);
        return failure;
    }
}
