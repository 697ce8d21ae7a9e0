package org.deepcanvas.ui.training;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.runtime.JobState;
import org.deepcanvas.runtime.JobState.Phase;
import org.deepcanvas.ui.shell.RunControls;

/**
 * A pane's current training job as JavaFX sees it: its state as a property and the
 * start/pause/stop actions the pane's buttons and the Run menu share. A pane that needs
 * a new job (another target image, say) hands the session a new handle.
 */
public final class TrainingSession<S> implements RunControls {
    private final ObjectProperty<JobHandle<S>> handle = new SimpleObjectProperty<>();
    private final ObjectProperty<JobState> state = new SimpleObjectProperty<>(JobState.IDLE);
    private Consumer<JobState> stateListener = next -> { };
    private final BooleanBinding canStart;
    private final BooleanBinding canPause;
    private final BooleanBinding canStop;

    public TrainingSession() {
        canStart = Bindings.createBooleanBinding(
                () -> handle.get() != null && state.get().phase() != Phase.RUNNING, handle, state);
        canPause = Bindings.createBooleanBinding(() -> state.get().phase() == Phase.RUNNING, state);
        canStop = Bindings.createBooleanBinding(
                () -> state.get().phase() == Phase.RUNNING || state.get().phase() == Phase.PAUSED
                        || state.get().phase() == Phase.DIVERGED, state);
    }

    /** Replaces the job, closing the previous one. */
    public void use(JobHandle<S> next) {
        JobHandle<S> previous = handle.get();
        if (previous != null) {
            previous.removeStateListener(stateListener);
            previous.close();
        }
        handle.set(next);
        state.set(next.state());
        // a change the old job announced just before it was replaced must not land on the new one
        stateListener = changed -> Platform.runLater(() -> {
            if (handle.get() == next) {
                state.set(changed);
            }
        });
        next.addStateListener(stateListener);
    }

    public ReadOnlyObjectProperty<JobHandle<S>> handleProperty() {
        return handle;
    }

    public ReadOnlyObjectProperty<JobState> stateProperty() {
        return state;
    }

    /** Sends new settings to the job, if there is one. */
    public void update(S settings) {
        if (handle.get() != null) {
            handle.get().updateSettings(settings);
        }
    }

    @Override
    public void start() {
        JobHandle<S> job = handle.get();
        if (job == null) {
            return;
        }
        if (job.state().phase() == Phase.PAUSED) {
            job.resume();
        } else {
            job.start();
        }
    }

    @Override
    public void pause() {
        if (handle.get() != null) {
            handle.get().pause();
        }
    }

    @Override
    public void stop() {
        if (handle.get() != null) {
            handle.get().stop();
        }
    }

    @Override
    public ObservableBooleanValue canStart() {
        return canStart;
    }

    @Override
    public ObservableBooleanValue canPause() {
        return canPause;
    }

    @Override
    public ObservableBooleanValue canStop() {
        return canStop;
    }
}
