package org.deepcanvas.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.deepcanvas.runtime.ComputeRuntime;
import org.deepcanvas.runtime.Job;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.runtime.JobState;
import org.deepcanvas.runtime.JobState.Phase;
import org.deepcanvas.runtime.RunOptions;
import org.deepcanvas.ui.shell.RunControls;

/**
 * A pane's training job and its handle, kept together so a pane holds neither: the job's
 * state as a property, the start/pause/stop actions the pane's buttons and the Run menu
 * share, and questions to the job on the compute thread whose answers reach the FX thread
 * only while that job is still the session's (a replaced job's late answer is dropped).
 */
public final class TrainingSession<S extends Record, J extends Job<S>> implements RunControls {
    private final ComputeRuntime runtime;
    private final String name;
    private final ObjectProperty<JobHandle<S>> handle = new SimpleObjectProperty<>();
    private final ObjectProperty<JobState> state = new SimpleObjectProperty<>(JobState.IDLE);
    private final BooleanBinding canStart;
    private final BooleanBinding canPause;
    private final BooleanBinding canStop;
    private J job;
    private long seed;
    private BooleanSupplier beforeStart = () -> true;
    private final List<SettingChange> changes = new ArrayList<>();

    /** @param name the job's name in the status bar and the Run menu, such as "Pixel painting" */
    public TrainingSession(ComputeRuntime runtime, String name) {
        this.runtime = runtime;
        this.name = name;
        canStart = Bindings.createBooleanBinding(
                () -> handle.get() != null && state.get().phase() != Phase.RUNNING, handle, state);
        canPause = Bindings.createBooleanBinding(() -> state.get().phase() == Phase.RUNNING, state);
        canStop = Bindings.createBooleanBinding(
                () -> state.get().phase() == Phase.RUNNING || state.get().phase() == Phase.PAUSED
                        || state.get().phase() == Phase.DIVERGED, state);
    }

    /** Replaces the job (closing the previous one) with one submitted on these settings and options. */
    public JobHandle<S> use(J next, S settings, RunOptions options) {
        JobHandle<S> previous = handle.get();
        if (previous != null) {
            previous.close();
        }
        JobHandle<S> submitted = runtime.submit(name, next, settings, options);
        job = next;
        seed = options.seed();
        changes.clear();
        handle.set(submitted);
        state.set(submitted.state());
        // a change the old job announced just before it was replaced must not land on the new one
        submitted.addStateListener(changed -> Platform.runLater(() -> {
            if (handle.get() == submitted) {
                if (freshRun(state.get(), changed)) {
                    changes.clear();
                }
                state.set(changed);
            }
        }));
        return submitted;
    }

    @Override
    public String name() {
        return name;
    }

    /** The current job, for a view that reaches it through {@link JobHandle#call}; empty before the first. */
    public Optional<J> job() {
        return Optional.ofNullable(job);
    }

    public ReadOnlyObjectProperty<JobHandle<S>> handleProperty() {
        return handle;
    }

    @Override
    public ReadOnlyObjectProperty<JobState> stateProperty() {
        return state;
    }

    /** The seed the current job was submitted with. */
    public long seed() {
        return seed;
    }

    /** Steps the current run has done; 0 without a job. */
    @Override
    public long steps() {
        return handle.get() == null ? 0 : handle.get().steps();
    }

    /** The settings the job runs with now (the latest it was sent), empty without a job. */
    public Optional<S> settings() {
        return handle.get() == null ? Optional.empty() : Optional.of(handle.get().settings());
    }

    /** Why the running job would restart on these settings; empty when it takes them live (or has no network yet). */
    public Optional<String> restartReason(S next) {
        JobHandle<S> current = handle.get();
        return current == null ? Optional.empty() : job.restartReason(current.settings(), next);
    }

    /** Sends new settings to the job, if there is one; a change during a run is kept for the chart. */
    public void update(S settings) {
        JobHandle<S> current = handle.get();
        if (current == null) {
            return;
        }
        Phase phase = state.get().phase();
        if ((phase == Phase.RUNNING || phase == Phase.PAUSED) && current.steps() > 0
                && !settings.equals(current.settings())) {
            changes.add(new SettingChange(current.steps(), RecordChanges.describe(current.settings(), settings)));
        }
        current.updateSettings(settings);
    }

    /** The live setting changes of the current run, oldest first. */
    List<SettingChange> changes() {
        return List.copyOf(changes);
    }

    /** A start from scratch or a restart: the steps count from zero again. */
    private static boolean freshRun(JobState before, JobState after) {
        return after.phase() == Phase.RUNNING
                && (before.phase() != Phase.PAUSED && before.phase() != Phase.RUNNING
                    || after.message().startsWith("restarted"));
    }

    /**
     * Asks the job something on the compute thread between two steps. The future completes
     * on the FX thread, and never when the session has moved on to another job meanwhile.
     */
    public <T> CompletableFuture<T> ask(Question<J, T> question) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        JobHandle<S> asked = handle.get();
        if (asked == null) {
            answer.completeExceptionally(new IllegalStateException(name + " has no job yet"));
            return answer;
        }
        J target = job;
        asked.call(() -> question.ask(target)).whenComplete((value, error) -> Platform.runLater(() -> {
            if (handle.get() != asked) {
                return;
            }
            if (error != null) {
                answer.completeExceptionally(error);
            } else {
                answer.complete(value);
            }
        }));
        return answer;
    }

    /**
     * Runs before every Start or Resume, from the pane's button and the Run menu alike; it
     * may replace the job (a new seed) or say no (the user cancelled a question).
     */
    public void beforeStart(BooleanSupplier check) {
        beforeStart = check;
    }

    /** Something to ask a job on the compute thread. */
    @FunctionalInterface
    public interface Question<J, T> {
        T ask(J job) throws Exception;
    }

    @Override
    public void start() {
        if (handle.get() == null || !beforeStart.getAsBoolean()) {
            return;
        }
        JobHandle<S> current = handle.get();
        if (current.state().phase() == Phase.PAUSED) {
            current.resume();
        } else {
            current.start();
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
