package org.deepcanvas.nn.library;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.deepcanvas.data.StrictJson;
import org.deepcanvas.export.AtomicFiles;

/**
 * Trust on first use for catalogue downloads that have no published checksum:
 * {@code pins.json} beside the model folders records what the first verified install of
 * each model was (the remote file's size and header, the stored file's size and SHA-256
 * per variant, and the SHA-256 of every tensor), and every later install or resumed
 * download of the same id must match it. It outlives {@code models remove}, so removing
 * and reinstalling cannot launder a changed file; {@code models unpin} forgets a pin.
 */
final class Pins {
    static final String FILE = "pins.json";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /** A stored file: its size and SHA-256. */
    record FileDigest(long size, String sha256) {}

    /**
     * What the first verified install of one model was.
     *
     * @param files the stored file of each variant installed so far, by {@link Variant#key()}
     * @param tensors the SHA-256 of each tensor's bytes seen so far
     */
    record Pin(String url, long sourceSize, String sourceHeaderSha256, Map<String, FileDigest> files,
               Map<String, String> tensors, String pinnedAt) {
        Pin {
            files = files == null ? new TreeMap<>() : new TreeMap<>(files);
            tensors = tensors == null ? new LinkedHashMap<>() : new LinkedHashMap<>(tensors);
        }
    }

    private final Path file;

    Pins(Path root) {
        this.file = root.resolve(FILE);
    }

    Optional<Pin> find(String id) throws IOException {
        return Optional.ofNullable(all().get(id));
    }

    boolean contains(String id) throws IOException {
        return all().containsKey(id);
    }

    void save(String id, Pin pin) throws IOException {
        Map<String, Pin> pins = all();
        pins.put(id, pin);
        write(pins);
    }

    boolean remove(String id) throws IOException {
        Map<String, Pin> pins = all();
        if (pins.remove(id) == null) {
            return false;
        }
        write(pins);
        return true;
    }

    private Map<String, Pin> all() throws IOException {
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        Map<String, Pin> pins = StrictJson.read(GSON, Files.readString(file), new TypeToken<Map<String, Pin>>() { },
                file.toString());
        if (pins == null || pins.values().stream().anyMatch(p -> p == null || p.sourceHeaderSha256() == null)) {
            throw new IOException(file + " is damaged; delete it to forget every pin");
        }
        return new TreeMap<>(pins);
    }

    private void write(Map<String, Pin> pins) throws IOException {
        Files.createDirectories(file.getParent());
        AtomicFiles.writeString(file, GSON.toJson(pins));
    }
}
