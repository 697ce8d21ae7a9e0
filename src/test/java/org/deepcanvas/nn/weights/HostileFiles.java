package org.deepcanvas.nn.weights;

import ai.djl.ndarray.types.Shape;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Well-formed weight files to start from, and the hostile pieces the tests build from them. */
final class HostileFiles {
    private HostileFiles() {}

    /** Seven tensors of six dtypes, a scalar and an empty one among them; every value finite. */
    static byte[] safetensors(Random random) {
        List<TensorEntry> tensors = SafetensorsHeader.packed(List.of(
                entry("conv.weight", TensorType.F32, 3, 4),
                entry("half", TensorType.F16, 5),
                entry("brain", TensorType.BF16, 2, 2),
                entry("steps", TensorType.I64, 2),
                entry("mask", TensorType.U8, 3),
                entry("scale", TensorType.F32),
                entry("wide", TensorType.F64, 2),
                entry("empty", TensorType.F32, 0)));
        return withData(SafetensorsHeader.encode(tensors, Map.of("format", "pt")), tensors, random);
    }

    static TensorEntry entry(String name, TensorType type, long... shape) {
        long bytes = new Shape(shape).size() * type.bytes();
        return new TensorEntry(name, type, new Shape(shape), 0, bytes);
    }

    /** {@code header} followed by finite random numbers for each tensor. */
    static byte[] withData(byte[] header, List<TensorEntry> tensors, Random random) {
        long dataBytes = tensors.stream().mapToLong(TensorEntry::byteCount).sum();
        ByteBuffer file = ByteBuffer.allocate(header.length + (int) dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        file.put(header);
        for (TensorEntry tensor : tensors) {
            for (long i = 0; i < tensor.shape().size(); i++) {
                switch (tensor.type()) {
                    case F32 -> file.putFloat((float) random.nextGaussian());
                    case F64 -> file.putDouble(random.nextGaussian());
                    case F16, BF16 -> file.putShort((short) (random.nextInt(0x3c00) | (random.nextBoolean() ? 0x8000 : 0)));
                    case I64 -> file.putLong(random.nextLong());
                    default -> file.put((byte) random.nextInt(2));
                }
            }
        }
        return file.array();
    }

    /** A safetensors file whose header is exactly {@code json} (length prefix made to fit) and {@code dataBytes} zeros. */
    static byte[] withHeader(String json, int dataBytes) {
        return withHeader(json.getBytes(StandardCharsets.UTF_8), dataBytes);
    }

    static byte[] withHeader(byte[] json, int dataBytes) {
        ByteBuffer file = ByteBuffer.allocate(8 + json.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        file.putLong(json.length).put(json);
        return file.array();
    }

    /** {@code bytes} with its first eight bytes replaced by {@code length}, little-endian. */
    static byte[] withLengthField(byte[] bytes, long length) {
        byte[] copy = bytes.clone();
        ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putLong(0, length);
        return copy;
    }

    /** One .npy array: version 1 header for {@code descr} and {@code shape}, then {@code data}. */
    static byte[] npy(String descr, String shape, boolean fortran, byte[] data) {
        String dict = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': ("
                + shape + "), }";
        int padded = (10 + dict.length() + 1 + 63) / 64 * 64 - 10;
        String header = dict + " ".repeat(padded - dict.length() - 1) + "\n";
        ByteBuffer npy = ByteBuffer.allocate(10 + header.length() + data.length).order(ByteOrder.LITTLE_ENDIAN);
        npy.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) header.length());
        npy.put(header.getBytes(StandardCharsets.ISO_8859_1)).put(data);
        return npy.array();
    }

    static byte[] floats(Random random, int count) {
        ByteBuffer data = ByteBuffer.allocate(4 * count).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count; i++) {
            data.putFloat((float) random.nextGaussian());
        }
        return data.array();
    }

    /** A zip of named entries; {@code stored} chooses STORED (as np.savez) over DEFLATED (np.savez_compressed). */
    static byte[] zip(Map<String, byte[]> entries, boolean stored) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                if (stored) {
                    CRC32 crc = new CRC32();
                    crc.update(entry.getValue());
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(entry.getValue().length);
                    zipEntry.setCrc(crc.getValue());
                }
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A two-array archive: a 3x4 float32 and a 5-element float64. */
    static byte[] npz(Random random, boolean stored) throws IOException {
        ByteBuffer doubles = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 5; i++) {
            doubles.putDouble(random.nextGaussian());
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("conv.weight.npy", npy("<f4", "3, 4", false, floats(random, 12)));
        entries.put("bias.npy", npy("<f8", "5,", false, doubles.array()));
        return zip(entries, stored);
    }
}
