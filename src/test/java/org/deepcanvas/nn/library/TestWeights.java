package org.deepcanvas.nn.library;

import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.deepcanvas.nn.Architecture;
import org.deepcanvas.nn.layers.ParamSpec;

/** Weight files for download tests: an architecture's weights, random but seeded, in any tensor order. */
final class TestWeights {
    private TestWeights() {}

    /** Every weight of {@code architecture} as float32 safetensors, stored in {@code order} (names). */
    static byte[] safetensors(Architecture architecture, List<String> order, Random random) {
        Map<String, Shape> shapes = new LinkedHashMap<>();
        architecture.layers().forEach(layer -> layer.params().forEach(p -> shapes.put(p.name(), p.shape())));
        StringBuilder json = new StringBuilder("{");
        long offset = 0;
        for (String name : order) {
            long bytes = 4 * shapes.get(name).size();
            json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":{\"dtype\":\"F32\",\"shape\":[")
                    .append(shapeList(shapes.get(name))).append("],\"data_offsets\":[").append(offset).append(',')
                    .append(offset + bytes).append("]}");
            offset += bytes;
        }
        byte[] header = json.append('}').toString().getBytes(StandardCharsets.UTF_8);
        ByteBuffer file = ByteBuffer.allocate(8 + header.length + (int) offset).order(ByteOrder.LITTLE_ENDIAN);
        file.putLong(header.length).put(header);
        while (file.hasRemaining()) {
            file.putFloat((float) (random.nextGaussian() * 0.1));
        }
        return file.array();
    }

    /** The names of {@code architecture}'s weights, in layer order. */
    static List<String> names(Architecture architecture) {
        return architecture.layers().stream().flatMap(l -> l.params().stream()).map(ParamSpec::name).toList();
    }

    /** A copy of a file made by {@link #safetensors} with one float of the data changed. */
    static byte[] withOneFloatChanged(byte[] file, long dataByte) {
        byte[] changed = file.clone();
        ByteBuffer bytes = ByteBuffer.wrap(changed).order(ByteOrder.LITTLE_ENDIAN);
        int at = (int) (8 + bytes.getLong(0) + dataByte);
        bytes.putFloat(at, bytes.getFloat(at) + 1f);
        return changed;
    }

    private static String shapeList(Shape shape) {
        StringBuilder dims = new StringBuilder();
        for (long dimension : shape.getShape()) {
            dims.append(dims.length() > 0 ? "," : "").append(dimension);
        }
        return dims.toString();
    }
}
