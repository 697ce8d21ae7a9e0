package org.deepcanvas.export;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.deepcanvas.AppVersion;

/**
 * What produced an exported result, so that it can be reproduced: the app version, the
 * experiment, when, the random seed (if the run had one) and the experiment's settings
 * (a record or a map, kept as JSON).
 */
public record Provenance(String appVersion, String experiment, Instant createdAt, Long seed, JsonObject settings) {
    private static final Gson GSON = new GsonBuilder()
            .setPrettyPrinting()
            .serializeSpecialFloatingPointValues()
            // settings often name input files; Gson cannot reflect into the JDK's Path classes
            .registerTypeHierarchyAdapter(Path.class, new PathAdapter().nullSafe())
            .create();

    public Provenance {
        Objects.requireNonNull(appVersion, "appVersion");
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(createdAt, "createdAt");
        settings = settings == null ? new JsonObject() : settings.deepCopy();
    }

    /**
     * Describes a result made now by this version of the app.
     *
     * @param settings a record or a {@code Map<String, Object>}, serialised with Gson
     * @param seed the run's random seed, or null if it had none
     */
    public static Provenance of(String experiment, Object settings, Long seed) {
        JsonElement tree = settings == null ? new JsonObject() : GSON.toJsonTree(settings);
        if (!tree.isJsonObject()) {
            throw new IllegalArgumentException("settings must be a record or a map, got " + settings.getClass().getName());
        }
        return new Provenance(AppVersion.get(), experiment, Instant.now(), seed, tree.getAsJsonObject());
    }

    /** The settings rebuilt as the record (or map) type they were written from. */
    public <T> T settingsAs(Class<T> type) {
        return GSON.fromJson(settings, type);
    }

    @Override
    public JsonObject settings() {
        return settings.deepCopy();
    }

    public String toJson() {
        JsonObject root = new JsonObject();
        root.addProperty("app", "DeepCanvas");
        root.addProperty("version", appVersion);
        root.addProperty("experiment", experiment);
        root.addProperty("createdAt", createdAt.toString());
        if (seed != null) {
            root.addProperty("seed", seed);
        }
        root.add("settings", settings);
        return GSON.toJson(root);
    }

    /** Parses what {@link #toJson()} wrote; a clear IllegalArgumentException otherwise. */
    public static Provenance fromJson(String json) {
        try {
            JsonObject root = JsonParser.parseString(json).getAsJsonObject();
            JsonElement seed = root.get("seed");
            JsonElement settings = root.get("settings");
            return new Provenance(
                    required(root, "version"),
                    required(root, "experiment"),
                    Instant.parse(required(root, "createdAt")),
                    seed == null || seed.isJsonNull() ? null : seed.getAsLong(),
                    settings == null || settings.isJsonNull() ? null : settings.getAsJsonObject());
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException
                | NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("not DeepCanvas settings: " + e.getMessage(), e);
        }
    }

    private static String required(JsonObject root, String key) {
        JsonElement value = root.get(key);
        if (value == null || value.isJsonNull()) {
            throw new IllegalArgumentException("not DeepCanvas settings: \"" + key + "\" is missing");
        }
        return value.getAsString();
    }

    private static final class PathAdapter extends TypeAdapter<Path> {
        @Override
        public void write(JsonWriter out, Path path) throws IOException {
            out.value(path.toString());
        }

        @Override
        public Path read(JsonReader in) throws IOException {
            return Path.of(in.nextString());
        }
    }
}
