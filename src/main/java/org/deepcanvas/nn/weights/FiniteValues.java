package org.deepcanvas.nn.weights;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;

/** Counts NaN and infinite numbers in raw little-endian tensor bytes, without an engine. */
public final class FiniteValues {
    private FiniteValues() {}

    /**
     * How many of the numbers between {@code data}'s position and limit are NaN or
     * infinite (all exponent bits set); always 0 for integer types. The range must hold
     * whole numbers of {@code type}; {@code data}'s position is left alone.
     */
    public static long countNonFinite(ByteBuffer data, TensorType type) {
        ByteBuffer bytes = data.slice().order(ByteOrder.LITTLE_ENDIAN);
        long count = 0;
        switch (type) {
            case F32 -> {
                IntBuffer bits = bytes.asIntBuffer();
                for (int i = 0, n = bits.limit(); i < n; i++) {
                    count += (bits.get(i) & 0x7f80_0000) == 0x7f80_0000 ? 1 : 0;
                }
            }
            case F64 -> {
                LongBuffer bits = bytes.asLongBuffer();
                for (int i = 0, n = bits.limit(); i < n; i++) {
                    count += (bits.get(i) & 0x7ff0_0000_0000_0000L) == 0x7ff0_0000_0000_0000L ? 1 : 0;
                }
            }
            case F16 -> count = countHalves(bytes.asShortBuffer(), 0x7c00);
            case BF16 -> count = countHalves(bytes.asShortBuffer(), 0x7f80);
            default -> count = 0;
        }
        return count;
    }

    private static long countHalves(ShortBuffer bits, int exponent) {
        long count = 0;
        for (int i = 0, n = bits.limit(); i < n; i++) {
            count += (bits.get(i) & exponent) == exponent ? 1 : 0;
        }
        return count;
    }
}
