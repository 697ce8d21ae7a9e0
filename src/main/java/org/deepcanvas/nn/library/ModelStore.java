package org.deepcanvas.nn.library;

import ai.djl.ndarray.NDManager;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.deepcanvas.data.StrictJson;
import org.deepcanvas.export.AtomicFiles;
import org.deepcanvas.export.FileTrees;
import org.deepcanvas.nn.Architecture;
import org.deepcanvas.nn.Architectures;
import org.deepcanvas.nn.FeatureNet;
import org.deepcanvas.nn.TorchScriptNet;
import org.deepcanvas.nn.WeightBinder;
import org.deepcanvas.nn.WeightFile;

/**
 * The model cache under the user's home ({@code ~/.deepcanvas/models}, or the system
 * property {@value #DIRECTORY_PROPERTY}): one folder per model holding
 * {@code model.json} and {@code weights.safetensors} (or {@code module.pt} for an
 * imported TorchScript module), and {@code pins.json} beside them ({@link Pins}). Files
 * appear only complete (temporary file + atomic move); an id that is taken is replaced
 * only when asked, and only once the new files are complete.
 */
public final class ModelStore {
    public static final String DIRECTORY_PROPERTY = "deepcanvas.models.dir";
    /** The arch recorded for imported TorchScript modules. */
    public static final String TORCHSCRIPT = "torchscript";
    static final String WEIGHTS = "weights.safetensors";
    static final String MODULE = "module.pt";
    private static final String DESCRIPTION = "model.json";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    /** What {@link #remove} found. */
    public enum Removal {
        /** an installed model was deleted */
        REMOVED,
        /** nothing was installed, but a partial download or a failed install's leftovers were deleted */
        LEFTOVERS_DELETED,
        /** there was nothing under that id */
        NOTHING
    }

    private final Path root;
    private final Pins pins;

    public ModelStore(Path root) {
        this.root = root;
        this.pins = new Pins(root);
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

    /**
     * Downloads {@code variant} of a catalogue entry (resuming an earlier partial download),
     * verifies it tensor by tensor and against its pin, records the pin the first time and
     * the model.
     *
     * @param replace whether an installed model of this id may be replaced
     */
    public InstalledModel install(CatalogEntry entry, Variant variant, boolean replace, Downloader downloader,
                                  Consumer<DownloadProgress> progress, Cancellation cancellation) throws IOException {
        refuseTaken(entry.id(), replace);
        Path folder = folder(entry.id());
        CatalogInstall install = new CatalogInstall(entry, variant, pins.find(entry.id()));
        WeightDigest digest;
        try {
            digest = install.run(folder.resolve(WEIGHTS), downloader, progress, cancellation);
        } finally {
            if (Files.isDirectory(folder) && Leftovers.isEmpty(folder)) {
                Files.delete(folder);
            }
        }
        pins.save(entry.id(), install.pinAfterwards());
        return record(new InstalledModel(entry.id(), entry.name(), entry.arch(), entry.url(), digest.size(), variant),
                MODULE);
    }

    /**
     * Copies a user's weight file into the store after checking that it fits
     * {@code architecture} (every weight present, every shape right, every number finite).
     */
    public InstalledModel importFile(Path file, Architecture architecture, String id, boolean replace, NDManager manager)
            throws IOException {
        refuseTaken(id, replace);
        try (NDManager scratch = manager.newSubManager();
                FeatureNet ignored = WeightBinder.bind(architecture, WeightFile.read(scratch, file), scratch)) {
            // binding succeeded: the file fits
        }
        Path target = copyInto(file, folder(id).resolve(WEIGHTS));
        return record(new InstalledModel(id, architecture.displayName() + " (" + file.getFileName() + ")",
                architecture.id(), file.toAbsolutePath().toString(), Files.size(target), null), MODULE);
    }

    /**
     * Copies a TorchScript module into the store after opening it once (which runs its
     * code: the caller has the user's consent) to check that it returns named activations.
     */
    public InstalledModel importTorchScript(Path file, String id, boolean replace, NDManager manager)
            throws IOException {
        refuseTaken(id, replace);
        try (NDManager scratch = manager.newSubManager(); TorchScriptNet ignored = TorchScriptNet.open(file, scratch)) {
            // it opened and returned named outputs
        }
        Path target = copyInto(file, folder(id).resolve(MODULE));
        return record(new InstalledModel(id, file.getFileName() + " (TorchScript)", TORCHSCRIPT,
                file.toAbsolutePath().toString(), Files.size(target), null), WEIGHTS);
    }

    /** Deletes a model, or what a failed or unfinished install of it left. Its pin stays. */
    public Removal remove(String id) throws IOException {
        Path folder = folder(id);
        if (!Files.exists(folder)) {
            return Removal.NOTHING;
        }
        boolean installed = isComplete(folder);
        FileTrees.delete(folder);
        return installed ? Removal.REMOVED : Removal.LEFTOVERS_DELETED;
    }

    /**
     * Deletes what failed installs left (empty folders, temporary files of earlier
     * versions), keeping resumable downloads; run at start-up. Returns what was deleted.
     */
    public List<Path> removeLeftovers() throws IOException {
        return Leftovers.remove(root, Set.of(WEIGHTS + ".part", WEIGHTS + TensorDownload.PART_SUFFIX));
    }

    /** Whether a first verified install of {@code id} has been pinned. */
    public boolean isPinned(String id) throws IOException {
        return pins.contains(id);
    }

    /** Forgets the pin of {@code id}, so that the next install is trusted as a first one; false when there was none. */
    public boolean unpin(String id) throws IOException {
        return pins.remove(id);
    }

    /** The weight file of an installed model. */
    public Path weights(String id) {
        return folder(id).resolve(WEIGHTS);
    }

    /** The module file of an installed TorchScript model. */
    public Path module(String id) {
        return folder(id).resolve(MODULE);
    }

    /**
     * Refuses an id that is installed (unless {@code replace}) or that differs only in case
     * from an installed one: on macOS and Windows both would be the same folder.
     */
    private void refuseTaken(String id, boolean replace) throws IOException {
        Optional<InstalledModel> same = installed().stream().filter(m -> m.id().equalsIgnoreCase(id)).findFirst();
        if (same.isEmpty()) {
            return;
        }
        if (!same.get().id().equals(id)) {
            throw new IllegalArgumentException("an installed model is already called " + same.get().id() + "; ids that"
                    + " differ only in case would share a folder on macOS and Windows, so choose another id");
        }
        if (!replace) {
            throw new IllegalArgumentException(id + " is already installed (" + describe(same.get()) + "); nothing was"
                    + " changed. To replace it, ask again with --replace");
        }
    }

    private static String describe(InstalledModel model) {
        return model.variant() != null ? model.variant().describe() : model.arch() + ", from " + model.source();
    }

    private static boolean isComplete(Path folder) {
        return Files.isRegularFile(folder.resolve(DESCRIPTION))
                && (Files.isRegularFile(folder.resolve(WEIGHTS)) || Files.isRegularFile(folder.resolve(MODULE)));
    }

    private static Path copyInto(Path file, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        AtomicFiles.write(target, out -> Files.copy(file, out));
        return target;
    }

    private Path folder(String id) {
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("model id \"" + id + "\" may use only letters, digits, '.', '_' and '-'");
        }
        return root.resolve(id);
    }

    /** Writes model.json, then deletes the file of the other kind a replaced model may have left. */
    private InstalledModel record(InstalledModel model, String otherKind) throws IOException {
        AtomicFiles.writeString(folder(model.id()).resolve(DESCRIPTION), GSON.toJson(model));
        Files.deleteIfExists(folder(model.id()).resolve(otherKind));
        return model;
    }

    private static InstalledModel describe(Path folder) throws IOException {
        Path description = folder.resolve(DESCRIPTION);
        InstalledModel model = StrictJson.read(GSON, Files.readString(description), InstalledModel.class,
                description.toString());
        String id = folder.getFileName().toString();
        if (model == null || !id.equals(model.id()) || model.arch() == null
                || !(model.arch().equals(TORCHSCRIPT) || Architectures.importable().contains(model.arch()))) {
            throw new IOException(description + " does not describe a model of a known kind; remove it (deepcanvas"
                    + " models remove " + id + ")");
        }
        return model;
    }
}
