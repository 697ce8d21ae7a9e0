package org.deepcanvas.ui.models;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.deepcanvas.nn.TorchScriptNet;
import org.deepcanvas.nn.library.Cancellation;
import org.deepcanvas.nn.library.Downloader;
import org.deepcanvas.nn.library.ModelLibrary;
import org.deepcanvas.nn.library.ModelStore;
import org.deepcanvas.nn.library.Variant;

/**
 * State of the Models dialog: the list of networks, one background task at a time
 * (download or import) with progress and cancel, and the layer browser's rows. Downloads
 * run on {@code downloads}; anything that makes tensors (checking an import, running a
 * TorchScript module) on {@code compute}, the studio's compute thread; results come back
 * through {@code ui} (Platform::runLater in the app).
 */
public final class ModelsViewModel {
    /** One row of the layer browser. */
    public record LayerRow(String name, String shape, String description, String uses) {}

    private static final int DEFAULT_SIZE = 224;

    private final ModelLibrary library;
    private final Supplier<Downloader> downloaders;
    private final Executor downloads;
    private final Executor compute;
    private final Executor ui;
    private final ObservableList<ModelLibrary.Listing> models = FXCollections.observableArrayList();
    private final ObservableList<LayerRow> layers = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private volatile Cancellation cancellation = new Cancellation();

    public ModelsViewModel(ModelLibrary library, Supplier<Downloader> downloaders, Executor downloads,
                           Executor compute, Executor ui) {
        this.library = library;
        this.downloaders = downloaders;
        this.downloads = downloads;
        this.compute = compute;
        this.ui = ui;
    }

    public ObservableList<ModelLibrary.Listing> models() {
        return models;
    }

    public ObservableList<LayerRow> layers() {
        return layers;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** 0..1 while a download runs with a known size, -1 (indeterminate) otherwise. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public void refresh() {
        try {
            models.setAll(library.list());
        } catch (IOException e) {
            message.set("Could not read the model folder: " + e.getMessage());
        }
    }

    /**
     * Downloads {@code variant} of a catalogue network; a features-only install is replaced
     * by the full file when that is asked for (nothing is lost, and only once it is verified).
     */
    public void install(String id, Variant variant) {
        run("Downloading " + id + " (" + variant.describe() + ")…", downloads, () -> {
            library.install(id, variant, variant == Variant.FULL, downloaders.get(), p -> ui.execute(() -> {
                progress.set(p.fraction());
                message.set("Downloading " + id + " (" + variant.describe() + "): " + p.describe());
            }), cancellation);
            return "Installed " + id + " (" + variant.describe() + "), verified tensor by tensor.";
        });
    }

    /** Whether an id is taken in the model folder, so that the view can ask before replacing. */
    public boolean isInstalled(String id) {
        try {
            return library.isInstalled(id);
        } catch (IOException e) {
            message.set("Could not read the model folder: " + e.getMessage());
            return false;
        }
    }

    /** Imports a weight file after checking that it fits the architecture; {@code replace} after the user agreed. */
    public void importFile(Path file, String arch, String id, boolean replace) {
        run("Checking " + file.getFileName() + " against " + arch + "…", compute, () -> {
            library.importFile(file, arch, id, replace);
            return "Imported " + id + ".";
        });
    }

    /** Imports a TorchScript module; call only after the user accepted {@link TorchScriptNet#WARNING}. */
    public void importTrustedTorchScript(Path file, String id, boolean replace) {
        run("Opening " + file.getFileName() + "…", compute, () -> {
            library.importTorchScript(file, id, true, replace);
            return "Imported " + id + " (TorchScript).";
        });
    }

    public void remove(String id) {
        try {
            boolean installed = library.remove(id) == ModelStore.Removal.REMOVED;
            message.set(installed ? "Removed " + id + "." : id + " was not installed; deleted its unfinished download.");
        } catch (IOException | IllegalArgumentException e) {
            message.set(e.getMessage());
        }
        refresh();
    }

    /** Forgets the pin of a catalogue network, after its file on the server changed and the user trusts the new one. */
    public void unpin(String id) {
        try {
            library.unpin(id);
            message.set("Forgot the pin of " + id + "; its next install is trusted as a first one.");
        } catch (IOException | IllegalArgumentException e) {
            message.set(e.getMessage());
        }
        refresh();
    }

    public void cancel() {
        cancellation.cancel();
    }

    /** The input side a network was made for (224 for VGG, 28 for the Fashion-MNIST classifier). */
    public int suggestedSize(String id) {
        try {
            return library.inputSize(id);
        } catch (IOException | IllegalArgumentException e) {
            return DEFAULT_SIZE;
        }
    }

    /** Fills the layer browser for {@code id} at a square input of {@code size} px. */
    public void showLayers(String id, int size) {
        compute.execute(() -> {
            try {
                int ownSize = library.inputSize(id);
                List<LayerRow> rows = library.layers(id, size).stream()
                        .map(l -> new LayerRow(l.name(), l.shapeText(ownSize), l.description(), l.uses())).toList();
                ui.execute(() -> layers.setAll(rows));
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> {
                    layers.clear();
                    message.set(e.getMessage());
                });
            }
        });
    }

    private interface Task {
        String call() throws IOException;
    }

    private void run(String starting, Executor executor, Task task) {
        if (busy.get()) {
            message.set("Wait for the current task to finish, or cancel it.");
            return;
        }
        cancellation = new Cancellation();
        busy.set(true);
        progress.set(-1);
        message.set(starting);
        executor.execute(() -> {
            String outcome;
            try {
                outcome = task.call();
            } catch (CancellationException e) {
                outcome = "Cancelled; the partial download is kept and resumes next time.";
            } catch (IOException | RuntimeException e) {
                outcome = e.getMessage() == null ? e.toString() : e.getMessage();
            }
            String finalOutcome = outcome;
            ui.execute(() -> {
                busy.set(false);
                progress.set(0);
                message.set(finalOutcome);
                refresh();
            });
        });
    }
}
