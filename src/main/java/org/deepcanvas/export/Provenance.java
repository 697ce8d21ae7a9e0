package org.deepcanvas.export;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.deepcanvas.AppVersion;

/**
 * Everything needed to make an exported result again, written by panes and commands alike:
 * the experiment, its full settings record, the seed, how many steps it trained, the options
 * of the run that are not settings (how the inputs were prepared, say), the input files with
 * their hashes, the network and its weights, and the versions of the app, DJL, the engine and
 * the device. Start from {@link #of} and add what the run had with the {@code with...} methods.
 *
 * @param settings the experiment's settings record (or map) as JSON
 * @param step optimisation steps done when the result was made, or null when it did not train
 * @param options the run's options outside its settings, named as the command's options
 *     without their dashes (e.g. {@code {"size": 100}}); read by the experiment's rerun
 * @param network the network and its weights, or null when the experiment has none
 * @param versions "app", and once an engine ran, "djl", "engine" and "device"
 */
public record Provenance(
        String appVersion, String experiment, Instant createdAt, Long seed, JsonObject settings,
        Long step, JsonObject options, List<InputFile> inputs, Network network, Map<String, String> versions) {

    /** The format written since inputs, network and versions were added (1 had none of them). */
    public static final int FORMAT = 2;

    private static final Gson GSON = new GsonBuilder()
            .setPrettyPrinting()
            .serializeSpecialFloatingPointValues()
            // settings often name input files; Gson cannot reflect into the JDK's Path classes
            .registerTypeHierarchyAdapter(Path.class, new PathAdapter().nullSafe())
            .create();

    /**
     * A network as a result records it.
     *
     * @param id its library id or architecture, e.g. "vgg16" or "coordinate-network"
     * @param weights where its weights came from: a file name, or {@link #TRAINED_IN_THIS_RUN}
     * @param sha256 hex SHA-256 of the weights file, or null when trained in the run
     */
    public record Network(String id, String weights, String sha256) {
        public static final String TRAINED_IN_THIS_RUN = "trained in this run";

        public Network {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(weights, "weights");
        }

        /** A network whose weights the run itself trained from the seed. */
        public static Network trained(String id) {
            return new Network(id, TRAINED_IN_THIS_RUN, null);
        }

        /** A network whose weights were read from a file, hashed now. */
        public static Network fromFile(String id, Path weights) throws IOException {
            return new Network(id, String.valueOf(weights.getFileName()), FileHashes.sha256(weights));
        }
    }

    public Provenance {
        Objects.requireNonNull(appVersion, "appVersion");
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(createdAt, "createdAt");
        settings = settings == null ? new JsonObject() : settings.deepCopy();
        options = options == null ? new JsonObject() : options.deepCopy();
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        Map<String, String> withApp = new LinkedHashMap<>();
        withApp.put("app", appVersion);
        if (versions != null) {
            versions.forEach((name, version) -> withApp.putIfAbsent(name, version));
        }
        versions = Map.copyOf(withApp);
    }

    /** A result that records only its settings and seed, as format 1 did. */
    public Provenance(String appVersion, String experiment, Instant createdAt, Long seed, JsonObject settings) {
        this(appVersion, experiment, createdAt, seed, settings, null, null, null, null, null);
    }

    /**
     * Describes a result made now by this version of the app.
     *
     * @param settings a record or a {@code Map<String, Object>}, serialised with Gson
     * @param seed the run's random seed, or null if it had none
     */
    public static Provenance of(String experiment, Object settings, Long seed) {
        return new Provenance(AppVersion.get(), experiment, Instant.now(), seed, toObject(settings, "settings"));
    }

    public Provenance withStep(long steps) {
        return new Provenance(appVersion, experiment, createdAt, seed, settings, steps, options, inputs, network,
                versions);
    }

    /** @param runOptions a record or a {@code Map<String, Object>} */
    public Provenance withOptions(Object runOptions) {
        return new Provenance(appVersion, experiment, createdAt, seed, settings, step,
                toObject(runOptions, "options"), inputs, network, versions);
    }

    /** Adds an input after those already recorded. */
    public Provenance withInput(InputFile input) {
        return withInputs(List.of(input));
    }

    /** Adds inputs after those already recorded. */
    public Provenance withInputs(List<InputFile> added) {
        List<InputFile> more = new ArrayList<>(inputs);
        more.addAll(added);
        return new Provenance(appVersion, experiment, createdAt, seed, settings, step, options, more, network,
                versions);
    }

    public Provenance withNetwork(Network used) {
        return new Provenance(appVersion, experiment, createdAt, seed, settings, step, options, inputs, used,
                versions);
    }

    /** Adds the versions (the runtime's "djl", "engine", "device"); "app" stays this app's. */
    public Provenance withVersions(Map<String, String> more) {
        Map<String, String> merged = new LinkedHashMap<>(versions);
        more.forEach((name, version) -> {
            if (!name.equals("app")) {
                merged.put(name, version);
            }
        });
        return new Provenance(appVersion, experiment, createdAt, seed, settings, step, options, inputs, network,
                merged);
    }

    /** The settings rebuilt as the record (or map) type they were written from. */
    public <T> T settingsAs(Class<T> type) {
        return GSON.fromJson(settings, type);
    }

    /** The run's options rebuilt as a record (or map) type. */
    public <T> T optionsAs(Class<T> type) {
        return GSON.fromJson(options, type);
    }

    @Override
    public JsonObject settings() {
        return settings.deepCopy();
    }

    @Override
    public JsonObject options() {
        return options.deepCopy();
    }

    public String toJson() {
        JsonObject root = new JsonObject();
        root.addProperty("app", "DeepCanvas");
        root.addProperty("format", FORMAT);
        root.addProperty("version", appVersion);
        root.addProperty("experiment", experiment);
        root.addProperty("createdAt", createdAt.toString());
        if (seed != null) {
            root.addProperty("seed", seed);
        }
        if (step != null) {
            root.addProperty("step", step);
        }
        root.add("settings", settings);
        if (!options.isEmpty()) {
            root.add("options", options);
        }
        if (!inputs.isEmpty()) {
            root.add("inputs", GSON.toJsonTree(inputs));
        }
        if (network != null) {
            root.add("network", GSON.toJsonTree(network));
        }
        root.add("versions", GSON.toJsonTree(new LinkedHashMap<>(sortedVersions())));
        return GSON.toJson(root);
    }

    /** Parses what {@link #toJson()} wrote, in format 1 or 2; a clear IllegalArgumentException otherwise. */
    public static Provenance fromJson(String json) {
        try {
            JsonObject root = JsonParser.parseString(json).getAsJsonObject();
            return new Provenance(
                    required(root, "version"),
                    required(root, "experiment"),
                    Instant.parse(required(root, "createdAt")),
                    optional(root, "seed") == null ? null : root.get("seed").getAsLong(),
                    object(root, "settings"),
                    optional(root, "step") == null ? null : root.get("step").getAsLong(),
                    object(root, "options"),
                    optional(root, "inputs") == null ? null
                            : GSON.fromJson(root.get("inputs"), new TypeToken<List<InputFile>>() {}.getType()),
                    optional(root, "network") == null ? null : GSON.fromJson(root.get("network"), Network.class),
                    optional(root, "versions") == null ? null
                            : GSON.fromJson(root.get("versions"), new TypeToken<Map<String, String>>() {}.getType()));
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException
                | NumberFormatException | DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("not DeepCanvas settings: " + e.getMessage(), e);
        }
    }

    /** "app" first, then the rest by name, so that files diff well. */
    private Map<String, String> sortedVersions() {
        Map<String, String> sorted = new LinkedHashMap<>();
        sorted.put("app", versions.get("app"));
        versions.keySet().stream().sorted().filter(name -> !name.equals("app"))
                .forEach(name -> sorted.put(name, versions.get(name)));
        return sorted;
    }

    private static JsonObject toObject(Object value, String what) {
        JsonElement tree = value == null ? new JsonObject() : GSON.toJsonTree(value);
        if (!tree.isJsonObject()) {
            throw new IllegalArgumentException(what + " must be a record or a map, got " + value.getClass().getName());
        }
        return tree.getAsJsonObject();
    }

    private static JsonElement optional(JsonObject root, String key) {
        JsonElement value = root.get(key);
        return value == null || value.isJsonNull() ? null : value;
    }

    private static JsonObject object(JsonObject root, String key) {
        JsonElement value = optional(root, key);
        return value == null ? null : value.getAsJsonObject();
    }

    private static String required(JsonObject root, String key) {
        JsonElement value = optional(root, key);
        if (value == null) {
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
