package org.deepcanvas.nn.library;

import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.deepcanvas.export.FileHashes;
import org.deepcanvas.nn.Architecture;
import org.deepcanvas.nn.WeightBinder;
import org.deepcanvas.nn.weights.FiniteValues;
import org.deepcanvas.nn.weights.SafetensorsHeader;
import org.deepcanvas.nn.weights.TensorEntry;

/**
 * A .safetensors file verified tensor by tensor, in one pass and without an engine (it
 * runs on the download thread): the header tiles the file, the tensors fit the
 * architecture by name and shape, every number is finite; and the SHA-256 of the whole
 * file, of its header and of each tensor's bytes, which pinning compares across installs.
 */
record WeightDigest(long size, String sha256, String headerSha256, Map<String, String> tensors) {
    private static final int CHUNK = 1 << 20;

    WeightDigest {
        tensors = Map.copyOf(tensors);
    }

    static WeightDigest verify(Path file, Architecture architecture, String source) throws IOException {
        SafetensorsHeader header = SafetensorsHeader.read(file, source);
        Map<String, Shape> shapes = new LinkedHashMap<>();
        header.tensors().forEach(t -> shapes.put(t.name(), t.shape()));
        try {
            WeightBinder.fit(architecture, shapes);
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
        MessageDigest whole = FileHashes.newDigest();
        Map<String, String> tensors = new LinkedHashMap<>();
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer headerBytes = ByteBuffer.allocate((int) header.dataStart());
            readFully(channel, headerBytes);
            whole.update(headerBytes.flip());
            String headerSha = HexFormat.of().formatHex(FileHashes.newDigest().digest(headerBytes.rewind().array()));
            for (TensorEntry tensor : header.tensors()) {
                MessageDigest one = FileHashes.newDigest();
                long nonFinite = 0;
                for (long left = tensor.byteCount(); left > 0; left -= buffer.limit()) {
                    buffer.clear().limit((int) Math.min(CHUNK, left));
                    readFully(channel, buffer);
                    buffer.flip();
                    nonFinite += FiniteValues.countNonFinite(buffer, tensor.type());
                    one.update(buffer.duplicate());
                    whole.update(buffer);
                }
                if (nonFinite > 0) {
                    throw new IOException(source + ": tensor " + tensor.name() + " holds " + nonFinite
                            + " NaN or infinite values; such weights turn every image into NaN, so the file is refused");
                }
                tensors.put(tensor.name(), HexFormat.of().formatHex(one.digest()));
            }
            return new WeightDigest(channel.size(), HexFormat.of().formatHex(whole.digest()), headerSha, tensors);
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer into) throws IOException {
        while (into.hasRemaining()) {
            if (channel.read(into) < 0) {
                throw new IOException("the file ended early while it was being verified");
            }
        }
    }
}
