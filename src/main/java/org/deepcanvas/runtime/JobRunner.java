package org.deepcanvas.runtime;

import ai.djl.ndarray.NDScope;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.runtime.JobState.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The compute-thread side of one job: every method here runs on the compute thread. */
final class JobRunner<S> {
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    /** Rendering may take at most a quarter of a job's time when frames are throttled. */
    private static final int RENDER_BUDGET_FACTOR = 3;

    private final JobHandle<S> handle;
    private final Job<S> job;
    private final RunOptions options;
    private final ComputeRuntime runtime;
    private JobContext context;
    private S applied;
    private boolean live;
    private long stepsSinceFrame;
    private long nextFrameNanos;
    private long computeNanos;

    JobRunner(JobHandle<S> handle, Job<S> job, RunOptions options, ComputeRuntime runtime) {
        this.handle = handle;
        this.job = job;
        this.options = options;
        this.runtime = runtime;
    }

    long seed() {
        return options.seed();
    }

    boolean isRunning() {
        return handle.state().phase() == Phase.RUNNING;
    }

    void start() {
        JobState state = handle.state();
        if (state.phase() == Phase.IDLE || state.isFinished()) {
            launch("");
        }
    }

    void pause() {
        if (isRunning()) {
            handle.setState(JobState.of(Phase.PAUSED));
        }
    }

    void resume() {
        if (handle.state().phase() == Phase.PAUSED) {
            handle.setState(JobState.of(Phase.RUNNING));
        }
    }

    void stop() {
        Phase phase = handle.state().phase();
        if (phase != Phase.STOPPED && phase != Phase.FAILED) {
            closeJob();
            handle.setState(JobState.of(Phase.STOPPED));
        }
    }

    <T> void call(Callable<T> task, CompletableFuture<T> result) {
        if (!live) {
            result.completeExceptionally(new IllegalStateException(handle.name() + " has not been started"));
            return;
        }
        try (NDScope scope = new NDScope()) {
            result.complete(task.call());
        } catch (Exception | Error e) {
            result.completeExceptionally(e);
        }
    }

    void stepOnce() {
        long began = System.nanoTime();
        try {
            S latest = handle.settings();
            if (latest != applied) {
                Optional<String> reason = job.restartReason(applied, latest);
                applied = latest;
                if (reason.isPresent()) {
                    launch("restarted: " + reason.get());
                    return;
                }
            }
            runtime.useThreadsFor(job.workload(applied));
            long step = handle.steps() + 1;
            boolean last = options.maxSteps() > 0 && step >= options.maxSteps();
            boolean frameDue = last
                    || (stepsSinceFrame + 1 >= job.drawInterval(applied) && began >= nextFrameNanos);
            Map<String, Double> metrics = Map.of();
            long readsInStep;
            try (NDScope scope = new NDScope()) {
                long readsBefore = HostRead.readsOnThisThread();
                StepResult result = job.step(applied);
                readsInStep = HostRead.readsOnThisThread() - readsBefore;
                if (frameDue || step % options.metricsInterval() == 0) {
                    metrics = result.read();
                }
            }
            handle.stepped(step, readsInStep);
            HostHeap.releaseFreedMemoryNowAndThen();
            stepsSinceFrame++;
            if (!metrics.isEmpty()) {
                handle.recordMetrics(new MetricSample(step, elapsedMillis(began), metrics));
                Optional<String> blownUp = nonFinite(metrics);
                if (blownUp.isPresent()) {
                    handle.setState(new JobState(Phase.DIVERGED, blownUp.get() + " became " + metrics.get(blownUp.get())
                            + " at step " + step + ". Lower the learning rate, then start again."));
                    return;
                }
            }
            if (frameDue) {
                publishFrame(step, metrics, began);
            }
            if (last) {
                handle.setState(new JobState(Phase.COMPLETED, "finished " + step + " steps"));
            }
        } catch (CancellationException e) {
            LOG.debug("{} cut its work short for a stop", handle.name());
        } catch (DivergedException e) {
            handle.setState(new JobState(Phase.DIVERGED, "after step " + handle.steps() + " " + e.getMessage()));
        } catch (Exception | Error e) {
            fail(e);
        } finally {
            computeNanos += System.nanoTime() - began;
        }
    }

    void closeJob() {
        if (!live) {
            return;
        }
        live = false;
        try {
            job.close();
        } catch (RuntimeException e) {
            LOG.warn("{} did not close cleanly", handle.name(), e);
        } finally {
            context.close();
            HostHeap.releaseFreedMemory();
        }
    }

    private void launch(String message) {
        closeJob();
        handle.resetRun();
        handle.clearStopRequest();
        stepsSinceFrame = 0;
        nextFrameNanos = 0;
        computeNanos = 0;
        applied = handle.settings();
        try {
            EngineBinding engine = runtime.engine();
            engine.seed(options.seed());
            context = new JobContext(engine.device(), options.seed(), handle::stopRequested);
            live = true;
            runtime.useThreadsFor(job.workload(applied));
            HostHeap.keepFreedMemoryAcrossSteps();
            job.start(applied, context);
            handle.setState(new JobState(Phase.RUNNING, message));
        } catch (Exception | Error e) {
            fail(e);
        }
    }

    private void publishFrame(long step, Map<String, Double> metrics, long began) throws Exception {
        long renderStart = System.nanoTime();
        ArgbImage image;
        try (NDScope scope = new NDScope()) {
            image = job.render(applied);
        }
        long renderNanos = System.nanoTime() - renderStart;
        handle.publish(new Frame(image, step, metrics, elapsedMillis(began)));
        stepsSinceFrame = 0;
        long minInterval = options.minFrameIntervalMillis() * 1_000_000;
        long wait = minInterval == 0 ? 0 : Math.max(minInterval, RENDER_BUDGET_FACTOR * renderNanos);
        nextFrameNanos = System.nanoTime() + wait;
    }

    private long elapsedMillis(long stepBegan) {
        return (computeNanos + System.nanoTime() - stepBegan) / 1_000_000;
    }

    private void fail(Throwable e) {
        LOG.warn("{} failed", handle.name(), e);
        closeJob();
        String message = DeviceErrors.describe(e)
                .orElse(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        handle.setState(new JobState(Phase.FAILED, message));
    }

    private static Optional<String> nonFinite(Map<String, Double> metrics) {
        return metrics.entrySet().stream()
                .filter(entry -> !Double.isFinite(entry.getValue()))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
