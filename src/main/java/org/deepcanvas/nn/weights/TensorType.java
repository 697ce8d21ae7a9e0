package org.deepcanvas.nn.weights;

import ai.djl.ndarray.types.DataType;
import java.util.Arrays;
import java.util.Optional;

/** The element types a weight file may hold, by their safetensors and numpy names. */
public enum TensorType {
    F64("F64", "<f8", 8, DataType.FLOAT64),
    F32("F32", "<f4", 4, DataType.FLOAT32),
    F16("F16", "<f2", 2, DataType.FLOAT16),
    BF16("BF16", null, 2, DataType.BFLOAT16),
    I64("I64", "<i8", 8, DataType.INT64),
    I32("I32", "<i4", 4, DataType.INT32),
    I8("I8", "|i1", 1, DataType.INT8),
    U8("U8", "|u1", 1, DataType.UINT8),
    BOOL("BOOL", "|b1", 1, DataType.BOOLEAN);

    private final String safetensorsName;
    private final String numpyName;
    private final int bytes;
    private final DataType dataType;

    TensorType(String safetensorsName, String numpyName, int bytes, DataType dataType) {
        this.safetensorsName = safetensorsName;
        this.numpyName = numpyName;
        this.bytes = bytes;
        this.dataType = dataType;
    }

    public static Optional<TensorType> fromSafetensors(String name) {
        return Arrays.stream(values()).filter(t -> t.safetensorsName.equals(name)).findFirst();
    }

    /** A numpy descr as np.save writes it: {@code <f4}, {@code |u1}. */
    public static Optional<TensorType> fromNumpy(String descr) {
        return Arrays.stream(values()).filter(t -> descr.equals(t.numpyName)).findFirst();
    }

    public String safetensorsName() {
        return safetensorsName;
    }

    public int bytes() {
        return bytes;
    }

    public DataType dataType() {
        return dataType;
    }

    public boolean isFloatingPoint() {
        return this == F64 || this == F32 || this == F16 || this == BF16;
    }
}
