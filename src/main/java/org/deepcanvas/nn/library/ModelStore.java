package org.deepcanvas.nn.library;

import ai.djl.ndarray.NDManager;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.deepcanvas.export.FileTrees;
import org.deepcanvas.nn.Architecture;
import org.deepcanvas.nn.FeatureNet;
import org.deepcanvas.nn.TorchScriptNet;
import org.deepcanvas.nn.WeightBinder;
import org.deepcanvas.nn.WeightFile;

/**
 * The model cache under the user's home ({@code ~/.deepcanvas/models}, or the system
 * property {@value #DIRECTORY_PROPERTY}): one folder per model holding
 * {@code model.json} and {@code weights.safetensors} (or {@code module.pt} for an
 * imported TorchScript module). Files appear only complete
 * (temp file + atomic move).
 */
public final class ModelStore {
    public static final String DIRECTORY_PROPERTY = "deepcanvas.models.dir";
    /** The arch recorded for imported TorchScript modules. */
    public static final String TORCHSCRIPT = "torchscript";
    static final String WEIGHTS = "weights.safetensors";
    static final String MODULE = "module.pt";
    private static final String DESCRIPTION = "model.json";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private final Path root;

    public ModelStore(Path root) {
        this.root = root;
    }

    public static ModelStore standard() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        return new ModelStore(configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".deepcanvas", "models"));
    }

    public Path root() {
        return root;
    }

    public List<InstalledModel> installed() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<InstalledModel> models = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.sorted().toList()) {
                if (isComplete(folder)) {
                    models.add(describe(folder));
                }
            }
        }
        return models;
    }

    public Optional<InstalledModel> find(String id) throws IOException {
        Path folder = folder(id);
        return isComplete(folder) ? Optional.of(describe(folder)) : Optional.empty();
    }

    /** Downloads a catalogue entry (resuming an earlier partial download) and records it. */
    public InstalledModel install(CatalogEntry entry, Downloader downloader, Consumer<DownloadProgress> progress,
                                  Cancellation cancellation) throws IOException {
        Path weights = folder(entry.id()).resolve(WEIGHTS);
        downloader.download(new Downloader.Request(java.net.URI.create(entry.url()), weights, entry.sha256(), entry.size()),
                progress, cancellation);
        return record(new InstalledModel(entry.id(), entry.name(), entry.arch(), entry.url(), Files.size(weights)));
    }

    /**
     * Copies a user's weight file into the store after checking that it fits
     * {@code architecture} (every weight present, every shape right).
     */
    public InstalledModel importFile(Path file, Architecture architecture, String id, NDManager manager)
            throws IOException {
        try (NDManager scratch = manager.newSubManager();
                FeatureNet ignored = WeightBinder.bind(architecture, WeightFile.read(scratch, file), scratch)) {
            // binding succeeded: the file fits
        }
        Path target = copyInto(file, folder(id).resolve(WEIGHTS));
        return record(new InstalledModel(id, architecture.displayName() + " (" + file.getFileName() + ")",
                architecture.id(), file.toAbsolutePath().toString(), Files.size(target)));
    }

    /**
     * Copies a TorchScript module into the store after opening it once (which runs its
     * code: the caller has the user's consent) to check that it returns named activations.
     */
    public InstalledModel importTorchScript(Path file, String id, NDManager manager) throws IOException {
        try (NDManager scratch = manager.newSubManager(); TorchScriptNet ignored = TorchScriptNet.open(file, scratch)) {
            // it opened and returned named outputs
        }
        Path target = copyInto(file, folder(id).resolve(MODULE));
        return record(new InstalledModel(id, file.getFileName() + " (TorchScript)", TORCHSCRIPT,
                file.toAbsolutePath().toString(), Files.size(target)));
    }

    /** Deletes a model and any partial download of it; false when there was nothing. */
    public boolean remove(String id) throws IOException {
        return FileTrees.delete(folder(id));
    }

    /** The weight file of an installed model. */
    public Path weights(String id) {
        return folder(id).resolve(WEIGHTS);
    }

    /** The module file of an installed TorchScript model. */
    public Path module(String id) {
        return folder(id).resolve(MODULE);
    }

    private static boolean isComplete(Path folder) {
        return Files.isRegularFile(folder.resolve(DESCRIPTION))
                && (Files.isRegularFile(folder.resolve(WEIGHTS)) || Files.isRegularFile(folder.resolve(MODULE)));
    }

    private static Path copyInto(Path file, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }

    private Path folder(String id) {
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("model id \"" + id + "\" may use only letters, digits, '.', '_' and '-'");
        }
        return root.resolve(id);
    }

    private InstalledModel record(InstalledModel model) throws IOException {
        Path description = folder(model.id()).resolve(DESCRIPTION);
        Path temp = Files.createTempFile(description.getParent(), DESCRIPTION, ".part");
        try {
            Files.writeString(temp, GSON.toJson(model), StandardCharsets.UTF_8);
            Files.move(temp, description, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        return model;
    }

    private static InstalledModel describe(Path folder) throws IOException {
        try {
            InstalledModel model = GSON.fromJson(Files.readString(folder.resolve(DESCRIPTION)), InstalledModel.class);
            if (model == null || model.id() == null || model.arch() == null) {
                throw new IOException(folder.resolve(DESCRIPTION) + " is incomplete");
            }
            return model;
        } catch (JsonParseException e) {
            throw new IOException(folder.resolve(DESCRIPTION) + " is damaged: " + e.getMessage(), e);
        }
    }
}
