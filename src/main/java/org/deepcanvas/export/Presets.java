package org.deepcanvas.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Named settings of an experiment, saved by the user to come back to: one provenance
 * JSON file per preset, in a folder per experiment ({@code ~/.deepcanvas/presets/paint/}).
 * A preset is what a result PNG carries, without the image.
 */
public final class Presets {
    /** Overrides the folder (tests, portable installs). */
    public static final String DIRECTORY_PROPERTY = "deepcanvas.presets";
    private static final String EXTENSION = ".json";
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N} ._()-]{1,64}");

    private final Path root;

    public Presets(Path root) {
        this.root = root;
    }

    public static Presets standard() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        return new Presets(configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".deepcanvas", "presets"));
    }

    /** The experiment's preset names, sorted; none when the folder does not exist yet. */
    public List<String> names(String experiment) throws IOException {
        Path folder = folder(experiment);
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return names;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + EXTENSION)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                names.add(name.substring(0, name.length() - EXTENSION.length()));
            }
        }
        names.sort(String.CASE_INSENSITIVE_ORDER);
        return names;
    }

    /** Saves (or replaces) a preset under the provenance's experiment; the first one makes its folder. */
    public void save(String name, Provenance settings) throws IOException {
        Path file = file(settings.experiment(), name);
        Files.createDirectories(file.getParent());
        AtomicFiles.writeString(file, settings.toJson());
    }

    /**
     * @throws IllegalArgumentException when the file is not a preset of this experiment
     */
    public Provenance load(String experiment, String name) throws IOException {
        Provenance loaded = Provenance.fromJson(Files.readString(file(experiment, name), StandardCharsets.UTF_8));
        if (!loaded.experiment().equals(experiment)) {
            throw new IllegalArgumentException("preset \"" + name + "\" holds " + loaded.experiment()
                    + " settings, not " + experiment);
        }
        return loaded;
    }

    public void delete(String experiment, String name) throws IOException {
        Files.deleteIfExists(file(experiment, name));
    }

    /** A name a preset can have: letters, digits, spaces and . _ ( ) -, at most 64. */
    public static boolean isValidName(String name) {
        return ALLOWED.matcher(name).matches() && !name.startsWith(".") && !name.isBlank();
    }

    private Path file(String experiment, String name) {
        if (!isValidName(name)) {
            throw new IllegalArgumentException("a preset name uses letters, digits, spaces and . _ ( ) -"
                    + " (at most 64), not \"" + name + "\"");
        }
        return folder(experiment).resolve(name + EXTENSION);
    }

    private Path folder(String experiment) {
        return root.resolve(experiment.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", ""));
    }
}
