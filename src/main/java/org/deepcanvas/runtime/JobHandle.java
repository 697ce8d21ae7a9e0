package org.deepcanvas.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.deepcanvas.export.Provenance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UI's (or the CLI's) grip on one submitted job. Every method is thread-safe and
 * returns at once: commands are queued for the compute thread and take effect between
 * two steps. State listeners are called on the compute thread, so a UI must hand the
 * state over to its own thread.
 */
public final class JobHandle<S> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobHandle.class);
    private static final int METRIC_HISTORY = 2_000;

    private final String name;
    private final ComputeRuntime runtime;
    private final JobRunner<S> runner;
    private final AtomicReference<S> settings;
    private final AtomicReference<Frame> latestFrame = new AtomicReference<>();
    private final FrameRecorder recorder;
    private final ThinningList<MetricSample> metrics =
            new ThinningList<>(METRIC_HISTORY, Long.MAX_VALUE, sample -> 1);
    private final List<Consumer<JobState>> listeners = new CopyOnWriteArrayList<>();
    private final Object stateLock = new Object();
    private volatile JobState state = JobState.IDLE;
    private volatile long steps;
    private volatile long stepReads;
    private volatile boolean closed;
    private volatile boolean stopRequested;

    JobHandle(String name, Job<S> job, S initialSettings, RunOptions options, ComputeRuntime runtime) {
        this.name = name;
        this.runtime = runtime;
        this.settings = new AtomicReference<>(Objects.requireNonNull(initialSettings, "settings"));
        this.recorder = new FrameRecorder(options.recording());
        this.runner = new JobRunner<>(this, job, options, runtime);
    }

    public String name() {
        return name;
    }

    /** Starts the job, or starts it afresh when it has finished, failed or diverged. */
    public void start() {
        if (closed) {
            throw new IllegalStateException(name + " was closed; submit the job again");
        }
        runtime.post(runner::start);
    }

    /** Starts the job without stepping it, so a loaded model can be explored before it trains on. */
    public void startPaused() {
        if (closed) {
            throw new IllegalStateException(name + " was closed; submit the job again");
        }
        runtime.post(() -> {
            runner.start();
            runner.pause();
        });
    }

    public void pause() {
        runtime.post(runner::pause);
    }

    public void resume() {
        runtime.post(runner::resume);
    }

    /**
     * Stops the job between two steps (or cuts a long frame short) and frees its
     * resources; start() begins anew.
     */
    public void stop() {
        stopRequested = true;
        runtime.post(runner::stop);
    }

    /** Stops the job and removes it from the runtime. */
    @Override
    public void close() {
        closed = true;
        stopRequested = true;
        runtime.remove(this);
    }

    /**
     * Replaces the settings; the job reads them at its next step. A change the job cannot
     * take live restarts it, and the state message says why.
     */
    public void updateSettings(S next) {
        settings.set(Objects.requireNonNull(next, "settings"));
    }

    public S settings() {
        return settings.get();
    }

    public JobState state() {
        return state;
    }

    /** Optimisation steps done since the job last started. */
    public long steps() {
        return steps;
    }

    /**
     * What a result of this job records: the experiment, the settings now, the seed, the
     * steps done and the engine's versions. Add the inputs and network, and {@code withStep}
     * for a result made at an earlier step (a frame from the timeline).
     */
    public Provenance provenance(String experiment) {
        return Provenance.of(experiment, settings(), runner.seed()).withStep(steps).withVersions(runtime.versions());
    }

    /**
     * Host reads the job's own steps made in this run, beyond the metrics and frames the
     * runtime asked for: each one waits for the device, so a well-behaved job has none.
     */
    public long hostReadsInSteps() {
        return stepReads;
    }

    /** The newest frame (latest wins; a frame is never modified after publication). */
    public Optional<Frame> latestFrame() {
        return Optional.ofNullable(latestFrame.get());
    }

    /** Downscaled frames of the current run, oldest first, for a timeline or a GIF. */
    public List<Frame> recordedFrames() {
        return recorder.frames();
    }

    /** The metrics read so far in the current run (thinned evenly when long). */
    public List<MetricSample> metricsHistory() {
        return metrics.snapshot();
    }

    /** Called on the compute thread with every new state. */
    public void addStateListener(Consumer<JobState> listener) {
        listeners.add(listener);
    }

    public void removeStateListener(Consumer<JobState> listener) {
        listeners.remove(listener);
    }

    /**
     * Runs {@code task} on the compute thread between two steps while the job is alive
     * (started and not stopped), inside its own NDScope; for queries such as a latent walk.
     */
    public <T> CompletableFuture<T> call(Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        runtime.post(() -> runner.call(task, result));
        return result;
    }

    /** Waits until the job has finished (see {@link JobState#isFinished()}) or the time is up. */
    public JobState awaitFinish(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (stateLock) {
            while (!state.isFinished()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                stateLock.wait(Math.max(1, left / 1_000_000));
            }
            return state;
        }
    }

    JobRunner<S> runner() {
        return runner;
    }

    void setState(JobState next) {
        synchronized (stateLock) {
            state = next;
            stateLock.notifyAll();
        }
        for (Consumer<JobState> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                LOG.warn("a state listener of {} failed", name, e);
            }
        }
    }

    boolean stopRequested() {
        return stopRequested;
    }

    void clearStopRequest() {
        stopRequested = false;
    }

    void stepped(long step, long readsInStep) {
        steps = step;
        stepReads += readsInStep;
    }

    void recordMetrics(MetricSample sample) {
        metrics.offer(sample);
    }

    void publish(Frame frame) {
        latestFrame.set(frame);
        recorder.record(frame);
    }

    /** A fresh run keeps the last frame on screen until its own first frame arrives. */
    void resetRun() {
        steps = 0;
        stepReads = 0;
        recorder.clear();
        metrics.clear();
    }

    @Override
    public String toString() {
        return name + " [" + state + ", step " + steps + "]";
    }
}
