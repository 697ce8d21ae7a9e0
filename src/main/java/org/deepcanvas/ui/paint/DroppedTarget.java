package org.deepcanvas.ui.paint;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.deepcanvas.data.DatasetImporter;
import org.deepcanvas.data.ImportProgress;
import org.deepcanvas.data.ImportResult;
import org.deepcanvas.data.ImportSettings;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.ui.shell.BackgroundWork;
import org.deepcanvas.ui.shell.Messages;

/** Reads an image dropped on the painter's target through the dataset pipeline, in the background. */
final class DroppedTarget {
    private final BackgroundWork work;
    private final StringProperty status;

    DroppedTarget(BackgroundWork work, StringProperty status) {
        this.work = work;
        this.status = status;
    }

    void load(Path file, Consumer<ArgbImage> onLoaded) {
        Task<ImportResult> task = new Task<>() {
            @Override
            protected ImportResult call() {
                updateTitle("Reading " + file.getFileName());
                return new DatasetImporter(new ImportSettings(ImportSettings.DEFAULT_SIZE, 1))
                        .importFiles(List.of(file), ImportProgress.NONE, this::isCancelled);
            }
        };
        task.setOnSucceeded(e -> {
            ImportResult result = task.getValue();
            if (!result.dataset().isEmpty()) {
                onLoaded.accept(result.dataset().images().get(0));
            } else {
                status.set(result.skipped().isEmpty() ? "No image found in " + file
                        : "Cannot paint " + result.skipped().get(0));
            }
        });
        task.setOnFailed(e -> status.set("Cannot read " + file + ": " + Messages.rootCause(task.getException())));
        work.submit(task);
    }
}
