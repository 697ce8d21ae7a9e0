package org.deepcanvas.ui.shell;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * Runs long work (imports, exports, downloads) off the FX thread and keeps the list of
 * what is running, so the status bar can show progress and offer cancel.
 */
public final class BackgroundWork {
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "deepcanvas-background");
        thread.setDaemon(true);
        return thread;
    });
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();

    /** Starts a task; must be called on the FX thread. */
    public <T> Task<T> submit(Task<T> task) {
        running.add(task);
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                running.remove(task);
            }
        });
        executor.execute(task);
        return task;
    }

    public ObservableList<Task<?>> running() {
        return running;
    }
}
