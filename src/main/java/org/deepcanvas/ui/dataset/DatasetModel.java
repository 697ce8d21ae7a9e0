package org.deepcanvas.ui.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.deepcanvas.data.Dataset;
import org.deepcanvas.data.DatasetEntry;
import org.deepcanvas.data.DatasetImporter;
import org.deepcanvas.data.FashionMnist;
import org.deepcanvas.data.FashionMnistSamples;
import org.deepcanvas.data.ImportProgress;
import org.deepcanvas.data.ImportResult;
import org.deepcanvas.data.ImportSettings;
import org.deepcanvas.data.SampleImages;
import org.deepcanvas.data.SkippedFile;
import org.deepcanvas.export.InputFile;
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
    /** Sources of images the user removed one by one; forgotten when the sources change. */
    private final Set<String> removed = new HashSet<>();
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
        removed.clear();
        samples = which;
        reimport();
    }

    /** True when the dataset holds images the user added (not a bundled sample set): replacing it loses work. */
    boolean holdsUserImages() {
        return !files.isEmpty() && !snapshot.get().dataset().isEmpty();
    }

    /** The dataset's sources as a result's provenance records them, in a role such as "dataset". */
    List<InputFile> describe(String role) throws IOException {
        return switch (samples) {
            case PHOTOS -> List.of(InputFile.bundled(role, SampleImages.RESOURCE_FOLDER));
            case FASHION_MNIST -> List.of(InputFile.bundled(role, FashionMnist.BUNDLED));
            case NONE -> InputFile.ofImport(role, files, snapshot.get().dataset().entries().stream()
                    .flatMap(entry -> entry.file().stream()).toList());
        };
    }

    /** Takes one image out of the dataset; the mean and deviation are computed again without it. */
    void remove(DatasetEntry entry) {
        removed.add(entry.source());
        Set<String> removedNow = Set.copyOf(removed);
        DatasetSnapshot current = snapshot.get();
        Task<DatasetSnapshot> task = new Task<>() {
            @Override
            protected DatasetSnapshot call() {
                updateTitle("Removing " + entry.name());
                return snapshotWithout(removedNow, current.dataset(), current.skipped());
            }
        };
        task.setOnSucceeded(e -> {
            snapshot.set(task.getValue());
            status.set("Removed " + entry.name() + " from the dataset");
        });
        work.submit(task);
    }

    void clear() {
        cancelRunning();
        files.clear();
        removed.clear();
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
        Task<DatasetSnapshot> task = new ImportTask(settings, List.copyOf(files), samples, Set.copyOf(removed));
        task.setOnSucceeded(e -> show(task.getValue()));
        task.setOnFailed(e -> status.set("Import failed: " + Messages.rootCause(task.getException())));
        running = task;
        work.submit(task);
    }

    private static DatasetSnapshot snapshotWithout(Set<String> removed, Dataset dataset, List<SkippedFile> skipped) {
        List<DatasetEntry> kept = dataset.entries().stream().filter(entry -> !removed.contains(entry.source())).toList();
        return kept.size() == dataset.entries().size() ? DatasetSnapshot.of(dataset, skipped)
                : DatasetSnapshot.of(new Dataset(dataset.size(), kept), skipped);
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
        private final Set<String> removed;

        ImportTask(ImportSettings settings, List<Path> files, Samples samples, Set<String> removed) {
            this.settings = settings;
            this.files = files;
            this.samples = samples;
            this.removed = removed;
            updateTitle("Importing images");
        }

        @Override
        protected DatasetSnapshot call() throws Exception {
            if (samples == Samples.FASHION_MNIST) {
                return snapshotWithout(removed, FashionMnistSamples.load(settings), List.of());
            }
            ImportProgress progress = (done, total, current) -> {
                updateProgress(done, Math.max(total, 1));
                updateMessage(current.isEmpty() ? done + " images" : (done + 1) + " of " + total + " — " + current);
            };
            DatasetImporter importer = new DatasetImporter(settings);
            ImportResult result = samples == Samples.PHOTOS
                    ? importer.importSamples(progress, this::isCancelled)
                    : importer.importFiles(files, progress, this::isCancelled);
            return snapshotWithout(removed, result.dataset(), result.skipped());
        }
    }
}
