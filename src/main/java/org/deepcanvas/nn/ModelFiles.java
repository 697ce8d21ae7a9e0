package org.deepcanvas.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.deepcanvas.data.StrictJson;
import org.deepcanvas.export.AtomicFiles;
import org.deepcanvas.runtime.HostRead;

/**
 * A trained network on disk, the same way for every experiment: {@code name.safetensors}
 * holds the weights under their stable names, {@code name.model.json} what rebuilds the
 * network (a format name, a version and the experiment's settings; not {@code name.json},
 * where a PNG export of the same name keeps its provenance). The weights are encoded in
 * memory first and each file is replaced atomically, weights before settings: a save that
 * fails while encoding or writing the weights leaves an older model intact; only a failure
 * between the two moves (the disk filling up) can leave them mismatched, which loading
 * then reports.
 */
public final class ModelFiles {
    private static final String SETTINGS_SUFFIX = ".model.json";
    /** Settings files are under 1 kB; anything far larger is not one, and is not read into memory. */
    private static final long MAX_SETTINGS_BYTES = 64 * 1024;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private ModelFiles() {}

    /** The settings file that belongs to a weights file: shoes.safetensors -> shoes.model.json. */
    public static Path settingsFile(Path weights) {
        String name = weights.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return weights.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + SETTINGS_SUFFIX);
    }

    /** Writes the parameters' values, then {@code info} as the settings file (compute thread). */
    public static void save(Path weights, List<Pair<String, Parameter>> parameters, Object info) throws IOException {
        byte[] encoded;
        try (NDScope ignored = new NDScope()) {
            NDList named = new NDList();
            for (Pair<String, Parameter> parameter : parameters) {
                NDArray copy = parameter.getValue().getArray().duplicate();
                copy.setName(parameter.getKey());
                named.add(copy);
            }
            encoded = HostRead.encode(named, NDList.Encoding.SAFETENSORS);
        }
        AtomicFiles.write(weights, out -> out.write(encoded));
        AtomicFiles.writeString(settingsFile(weights), GSON.toJson(info));
    }

    /**
     * Reads the settings file next to {@code weights}, which must name {@code format} and a
     * version up to {@code version}; {@code what} names the kind of model in messages.
     */
    public static <T> T readInfo(Path weights, Class<T> type, String format, int version, String what)
            throws IOException {
        Path file = settingsFile(weights);
        if (!Files.isRegularFile(file)) {
            throw new IOException("the settings file " + file.getFileName() + " next to " + weights.getFileName()
                    + " is missing; it is needed to rebuild the network");
        }
        if (Files.size(file) > MAX_SETTINGS_BYTES) {
            throw new IOException(file.getFileName() + " is " + Files.size(file) + " bytes, not a DeepCanvas " + what
                    + " settings file (those are under 1 kB)");
        }
        String name = file.getFileName().toString();
        String text = Files.readString(file);
        JsonElement json = StrictJson.read(GSON, text, JsonElement.class, name);
        JsonObject object = json.isJsonObject() ? json.getAsJsonObject() : null;
        JsonElement named = object == null ? null : object.get("format");
        if (named == null || !named.isJsonPrimitive() || !format.equals(named.getAsString())) {
            throw new IOException(name + " is not a DeepCanvas " + what + " settings file");
        }
        JsonElement written = object.get("version");
        if (written != null && written.isJsonPrimitive() && written.getAsJsonPrimitive().isNumber()
                && written.getAsInt() > version) {
            throw new IOException(name + " was written by a newer DeepCanvas (format " + written.getAsInt() + ")");
        }
        return StrictJson.read(GSON, text, type, name);
    }

    /** Sets every parameter to the weight stored under its name, refusing a file that does not match. */
    public static void loadWeights(Path weights, List<Pair<String, Parameter>> parameters, NDManager manager)
            throws IOException {
        try (NDScope ignored = new NDScope()) {
            Map<String, NDArray> saved = WeightFile.read(manager, weights);
            for (Pair<String, Parameter> parameter : parameters) {
                NDArray target = parameter.getValue().getArray();
                NDArray source = saved.get(parameter.getKey());
                if (source == null || !source.getShape().equals(target.getShape())) {
                    throw new IOException(weights.getFileName() + " does not match its settings: weight "
                            + parameter.getKey() + (source == null ? " is missing" : " has shape " + source.getShape()
                            + ", expected " + target.getShape()));
                }
                target.set(HostRead.bytes(source));
            }
        }
    }
}
