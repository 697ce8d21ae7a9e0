package org.deepcanvas.nn.weights;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a .safetensors file tensor by tensor, each straight into the direct buffer its
 * NDArray uses, after {@link SafetensorsHeader} has checked every byte range against the
 * file: memory never exceeds what the file really holds, and no whole-file copy is made.
 */
public final class SafetensorsReader {
    private SafetensorsReader() {}

    public static Map<String, NDArray> read(NDManager manager, Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(manager, ByteSource.of(channel), file.getFileName().toString());
        }
    }

    public static Map<String, NDArray> read(NDManager manager, byte[] bytes, String source) throws IOException {
        return read(manager, ByteSource.of(bytes), source);
    }

    private static Map<String, NDArray> read(NDManager manager, ByteSource bytes, String source) throws IOException {
        SafetensorsHeader header = SafetensorsHeader.read(bytes, source);
        Map<String, NDArray> arrays = new LinkedHashMap<>();
        try {
            for (TensorEntry tensor : header.tensors()) {
                ByteBuffer data = TensorArrays.allocate(tensor.byteCount(), tensor.name(), source);
                bytes.read(header.dataStart() + tensor.begin(), data);
                arrays.put(tensor.name(),
                        TensorArrays.create(manager, data, tensor.type(), tensor.shape(), tensor.name(), source));
            }
        } catch (IOException e) {
            throw TensorArrays.discard(arrays, e);
        }
        return arrays;
    }
}
