package org.deepcanvas.nn.weights;

import ai.djl.ndarray.types.Shape;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deepcanvas.data.StrictJson;

/**
 * The index at the front of a .safetensors file: an 8-byte little-endian length, then that
 * many bytes of JSON giving each tensor's dtype, shape and byte range in the data that
 * follows. Everything is checked against the file's size before anything is allocated, so
 * a hostile header cannot make a reader ask for more memory than the file holds; and, as
 * the format requires, the byte ranges must tile the data exactly (no gaps, no overlaps,
 * nothing after the last tensor), so a truncated or padded file is refused.
 *
 * @param headerLength bytes of JSON after the 8-byte length
 * @param tensors in the order of their data
 * @param metadata the optional string-to-string {@code __metadata__}
 */
public record SafetensorsHeader(long headerLength, List<TensorEntry> tensors, Map<String, String> metadata) {
    /** Far above any real network's header (VGG-19's is 3 kB) and far below what would hurt to read. */
    public static final long MAX_HEADER_BYTES = 16L << 20;
    private static final String METADATA = "__metadata__";
    private static final int MAX_DIMENSIONS = 8;

    public SafetensorsHeader {
        tensors = List.copyOf(tensors);
        metadata = Map.copyOf(metadata);
    }

    /** Where the data section starts in the file. */
    public long dataStart() {
        return 8 + headerLength;
    }

    /** The size the whole file must have. */
    public long fileSize() {
        return dataStart() + (tensors.isEmpty() ? 0 : tensors.get(tensors.size() - 1).end());
    }

    /**
     * The header length stored in a file's first 8 bytes, checked against the size of the
     * whole file (-1 when unknown, e.g. a server that sends no length).
     */
    public static long headerLength(byte[] firstEight, long fileSize, String source) throws IOException {
        if (firstEight.length < 8 || (fileSize >= 0 && fileSize < 8)) {
            throw new IOException(source + " is too short to be a safetensors file");
        }
        long length = ByteBuffer.wrap(firstEight, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        if (length < 2 || length > MAX_HEADER_BYTES) {
            throw new IOException(source + " is not a safetensors file: its header length " + Long.toUnsignedString(length)
                    + " is outside 2.." + MAX_HEADER_BYTES);
        }
        if (fileSize >= 0 && length > fileSize - 8) {
            throw new IOException(source + " is truncated or not a safetensors file: its header length " + length
                    + " runs past the end of the file (" + fileSize + " bytes)");
        }
        return length;
    }

    /** Reads and checks the header of a whole file; {@code source} names it in messages. */
    public static SafetensorsHeader read(Path file, String source) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(ByteSource.of(channel), source);
        }
    }

    static SafetensorsHeader read(ByteSource bytes, String source) throws IOException {
        long size = bytes.size();
        ByteBuffer prefix = ByteBuffer.allocate(8);
        if (size >= 8) {
            bytes.read(0, prefix);
        }
        long length = headerLength(prefix.array(), size, source);
        ByteBuffer json = ByteBuffer.allocate((int) length);
        bytes.read(8, json);
        return parse(json.array(), size, source);
    }

    /** Parses and checks the JSON header of a file of {@code fileSize} bytes. */
    public static SafetensorsHeader parse(byte[] json, long fileSize, String source) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(json)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(source + " has a header that is not UTF-8 text; the file is damaged", e);
        }
        JsonElement root = StrictJson.parse(text, source + "'s header");
        if (!root.isJsonObject()) {
            throw new IOException(source + "'s header is not a JSON object");
        }
        List<TensorEntry> tensors = new ArrayList<>();
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : root.getAsJsonObject().entrySet()) {
            if (entry.getKey().equals(METADATA)) {
                metadata.putAll(metadata(entry.getValue(), source));
            } else {
                tensors.add(tensor(entry.getKey(), entry.getValue(), source));
            }
        }
        tensors.sort(Comparator.comparingLong(TensorEntry::begin).thenComparingLong(TensorEntry::end));
        SafetensorsHeader header = new SafetensorsHeader(json.length, tensors, metadata);
        header.checkLayout(fileSize, source);
        return header;
    }

    /** The ranges must tile [0, data size) in order: a gap, an overlap or a wrong total is damage. */
    private void checkLayout(long fileSize, String source) throws IOException {
        long expected = 0;
        for (TensorEntry tensor : tensors) {
            if (tensor.begin() != expected) {
                String before = tensor.begin() < expected ? "the previous tensor ends at " : "the data so far ends at ";
                throw new IOException(source + ": tensor " + tensor.name() + " starts at byte " + tensor.begin()
                        + " of the data but " + before + expected + "; the header is damaged");
            }
            expected = tensor.end();
        }
        if (fileSize >= 0 && dataStart() + expected != fileSize) {
            throw new IOException(source + " is " + fileSize + " bytes but its header describes " + (dataStart() + expected)
                    + "; the file is " + (fileSize < dataStart() + expected ? "truncated" : "damaged"));
        }
    }

    /**
     * The bytes that start a safetensors file holding {@code tensors} one after another in
     * the given order (their offsets are recomputed): the length, then the JSON padded with
     * spaces to a multiple of 8, as the safetensors library writes it.
     */
    public static byte[] encode(List<TensorEntry> tensors, Map<String, String> metadata) {
        JsonObject root = new JsonObject();
        if (!metadata.isEmpty()) {
            JsonObject meta = new JsonObject();
            metadata.forEach(meta::addProperty);
            root.add(METADATA, meta);
        }
        long offset = 0;
        for (TensorEntry tensor : tensors) {
            JsonObject entry = new JsonObject();
            entry.addProperty("dtype", tensor.type().safetensorsName());
            JsonArray shape = new JsonArray();
            for (long dimension : tensor.shape().getShape()) {
                shape.add(dimension);
            }
            entry.add("shape", shape);
            JsonArray offsets = new JsonArray();
            offsets.add(offset);
            offsets.add(offset + tensor.byteCount());
            entry.add("data_offsets", offsets);
            root.add(tensor.name(), entry);
            offset += tensor.byteCount();
        }
        byte[] json = root.toString().getBytes(StandardCharsets.UTF_8);
        int padded = (json.length + 8 + 7) / 8 * 8 - 8;
        ByteBuffer bytes = ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN);
        bytes.putLong(padded).put(json);
        while (bytes.hasRemaining()) {
            bytes.put((byte) ' ');
        }
        return bytes.array();
    }

    /** The same tensors laid out one after another as {@link #encode} writes them. */
    public static List<TensorEntry> packed(List<TensorEntry> tensors) {
        List<TensorEntry> packed = new ArrayList<>();
        long offset = 0;
        for (TensorEntry tensor : tensors) {
            packed.add(new TensorEntry(tensor.name(), tensor.type(), tensor.shape(), offset, offset + tensor.byteCount()));
            offset += tensor.byteCount();
        }
        return packed;
    }

    private static Map<String, String> metadata(JsonElement value, String source) throws IOException {
        if (!value.isJsonObject()) {
            throw new IOException(source + ": " + METADATA + " must be an object of strings");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
            if (!(entry.getValue() instanceof JsonPrimitive primitive) || !primitive.isString()) {
                throw new IOException(source + ": " + METADATA + " value " + entry.getKey() + " is not a string");
            }
            metadata.put(entry.getKey(), primitive.getAsString());
        }
        return metadata;
    }

    private static TensorEntry tensor(String name, JsonElement value, String source) throws IOException {
        String where = source + ": tensor " + name;
        if (name.isEmpty() || !value.isJsonObject()) {
            throw new IOException(where + " is not described by an object");
        }
        JsonObject object = value.getAsJsonObject();
        if (!(object.get("dtype") instanceof JsonPrimitive dtype) || !dtype.isString()) {
            throw new IOException(where + " has no dtype");
        }
        TensorType type = TensorType.fromSafetensors(dtype.getAsString()).orElseThrow(() ->
                new IOException(where + " has the unsupported dtype \"" + dtype.getAsString() + "\""));
        long[] dimensions = counts(object.get("shape"), -1, where + "'s shape");
        if (dimensions.length > MAX_DIMENSIONS) {
            throw new IOException(where + " has " + dimensions.length + " dimensions; at most " + MAX_DIMENSIONS
                    + " are supported");
        }
        long[] offsets = counts(object.get("data_offsets"), 2, where + "'s data_offsets");
        long bytes;
        try {
            long elements = 1;
            for (long dimension : dimensions) {
                elements = Math.multiplyExact(elements, dimension);
            }
            bytes = Math.multiplyExact(elements, type.bytes());
        } catch (ArithmeticException e) {
            throw new IOException(where + " has an impossibly large shape " + Arrays.toString(dimensions), e);
        }
        if (offsets[1] < offsets[0] || offsets[1] - offsets[0] != bytes) {
            throw new IOException(where + ": its shape " + Arrays.toString(dimensions) + " of " + type
                    + " needs " + bytes + " bytes but its data_offsets " + Arrays.toString(offsets) + " span "
                    + (offsets[1] - offsets[0]));
        }
        return new TensorEntry(name, type, new Shape(dimensions), offsets[0], offsets[1]);
    }

    /** A JSON array of non-negative integers (of {@code length} entries when not -1). */
    private static long[] counts(JsonElement value, int length, String what) throws IOException {
        if (value == null || !value.isJsonArray() || (length >= 0 && value.getAsJsonArray().size() != length)) {
            throw new IOException(what + " must be an array" + (length >= 0 ? " of " + length + " numbers" : ""));
        }
        JsonArray array = value.getAsJsonArray();
        if (array.size() > 64) {
            throw new IOException(what + " has " + array.size() + " entries");
        }
        long[] counts = new long[array.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = count(array.get(i), what);
        }
        return counts;
    }

    private static long count(JsonElement value, String what) throws IOException {
        if (!(value instanceof JsonPrimitive primitive) || !primitive.isNumber()) {
            throw new IOException(what + " holds " + value + ", not a number");
        }
        String digits = primitive.getAsString();
        if (digits.length() > 24) {
            throw new IOException(what + " holds a " + digits.length() + "-character number");
        }
        try {
            long count = new BigDecimal(digits).longValueExact();
            if (count < 0) {
                throw new IOException(what + " holds the negative number " + count);
            }
            return count;
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IOException(what + " holds " + digits + ", not a whole number", e);
        }
    }
}
