package org.deepcanvas.ui.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.deepcanvas.data.DatasetImporter;
import org.deepcanvas.data.FashionMnistSamples;
import org.deepcanvas.data.ImportProgress;
import org.deepcanvas.data.ImportResult;
import org.deepcanvas.data.ImportSettings;
import org.deepcanvas.ui.shell.BackgroundWork;
import org.deepcanvas.ui.shell.Messages;

/**
 * What the Dataset pane shows and where it came from: the user's files and folders, or
 * one of the bundled sample sets. Every change of source, size or count imports again in
 * the background; a newer import cancels an older one, and a cancelled import keeps the
 * dataset that was there before.
 */
final class DatasetModel {
    enum Samples { NONE, PHOTOS, FASHION_MNIST }

    private final BackgroundWork work;
    private final StringProperty status;
    private final IntegerProperty size = new SimpleIntegerProperty(ImportSettings.DEFAULT_SIZE);
    private final IntegerProperty limit = new SimpleIntegerProperty(ImportSettings.DEFAULT_LIMIT);
    private final ObjectProperty<DatasetSnapshot> snapshot = new SimpleObjectProperty<>(DatasetSnapshot.EMPTY);
    private final List<Path> files = new ArrayList<>();
    private Samples samples = Samples.NONE;
    private Task<DatasetSnapshot> running;

    DatasetModel(BackgroundWork work, StringProperty status) {
        this.work = work;
        this.status = status;
    }

    IntegerProperty size() {
        return size;
    }

    IntegerProperty limit() {
        return limit;
    }

    ObjectProperty<DatasetSnapshot> snapshot() {
        return snapshot;
    }

    /** Adds files and folders; they replace bundled samples, and join earlier files. */
    void addFiles(List<Path> sources) {
        samples = Samples.NONE;
        files.addAll(sources);
        reimport();
    }

    void useSamples(Samples which) {
        files.clear();
        samples = which;
        reimport();
    }

    void clear() {
        cancelRunning();
        files.clear();
        samples = Samples.NONE;
        snapshot.set(DatasetSnapshot.EMPTY);
        status.set("Dataset cleared");
    }

    /** Imports the current sources again, at the current size and count. */
    void reimport() {
        if (files.isEmpty() && samples == Samples.NONE) {
            return;
        }
        cancelRunning();
        ImportSettings settings = new ImportSettings(size.get(), limit.get());
        Task<DatasetSnapshot> task = new ImportTask(settings, List.copyOf(files), samples);
        task.setOnSucceeded(e -> show(task.getValue()));
        task.setOnFailed(e -> status.set("Import failed: " + Messages.rootCause(task.getException())));
        running = task;
        work.submit(task);
    }

    private void show(DatasetSnapshot result) {
        snapshot.set(result);
        int skipped = result.skipped().size();
        status.set("Imported " + result.dataset().entries().size() + " images"
                + (skipped == 0 ? "" : ", skipped " + skipped + " (see the list for reasons)"));
    }

    private void cancelRunning() {
        if (running != null && running.isRunning()) {
            running.cancel();
        }
    }

    /** Reads the sources and computes every view, off the FX thread. */
    private static final class ImportTask extends Task<DatasetSnapshot> {
        private final ImportSettings settings;
        private final List<Path> files;
        private final Samples samples;

        ImportTask(ImportSettings settings, List<Path> files, Samples samples) {
            this.settings = settings;
            this.files = files;
            this.samples = samples;
            updateTitle("Importing images");
        }

        @Override
        protected DatasetSnapshot call() throws Exception {
            if (samples == Samples.FASHION_MNIST) {
                return DatasetSnapshot.of(FashionMnistSamples.load(settings), List.of());
            }
            ImportProgress progress = (done, total, current) -> {
                updateProgress(done, Math.max(total, 1));
                updateMessage(current.isEmpty() ? done + " images" : (done + 1) + " of " + total + " — " + current);
            };
            DatasetImporter importer = new DatasetImporter(settings);
            ImportResult result = samples == Samples.PHOTOS
                    ? importer.importSamples(progress, this::isCancelled)
                    : importer.importFiles(files, progress, this::isCancelled);
            return DatasetSnapshot.of(result.dataset(), result.skipped());
        }
    }
}
