package org.deepcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.deepcanvas.runtime.JobState.Phase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ComputeRuntimeTest {
    private static final Duration PATIENCE = Duration.ofSeconds(5);
    private static final RunOptions FAST = RunOptions.defaults().withMinFrameIntervalMillis(0).withMetricsInterval(1);

    private final ComputeRuntime runtime = new ComputeRuntime(() -> new EngineBinding() {
        @Override
        public Device device() {
            return Device.cpu();
        }

        @Override
        public String description() {
            return "fake CPU";
        }

        @Override
        public void seed(long seed) {}
    });

    @AfterEach
    void closeRuntime() {
        runtime.close();
    }

    @Test
    void oneOffWorkRunsOnTheComputeThreadAndReportsItsFailure() throws Exception {
        assertThat(runtime.call(() -> Thread.currentThread().getName()).get(5, TimeUnit.SECONDS))
                .isEqualTo("deepcanvas-compute");
        assertThatThrownBy(() -> runtime.call(() -> {
            throw new IOException("bad file");
        }).get(5, TimeUnit.SECONDS)).hasRootCauseInstanceOf(IOException.class).hasRootCauseMessage("bad file");
    }

    @Test
    void anErrorInAQuestionOrAStepLeavesTheComputeThreadAnswering() throws Exception {
        FakeJob job = new FakeJob();
        JobHandle<FakeJob.Settings> handle = runtime.submit("erring", job, FakeJob.Settings.DEFAULT, FAST);
        handle.start();
        assertThatThrownBy(() -> handle.call(() -> {
            throw new StackOverflowError("deep walk");
        }).get(5, TimeUnit.SECONDS)).hasRootCauseInstanceOf(StackOverflowError.class);
        assertThatThrownBy(() -> runtime.call(() -> {
            throw new AssertionError("bad state");
        }).get(5, TimeUnit.SECONDS)).hasRootCauseInstanceOf(AssertionError.class);
        runtime.post(() -> {
            throw new AssertionError("a bare command");
        });

        assertThat(runtime.call(() -> "still here").get(5, TimeUnit.SECONDS)).isEqualTo("still here");
        long steps = handle.steps();
        waitFor(() -> handle.steps() > steps + 5);
    }

    @Test
    void startsPausesResumesAndStops() throws Exception {
        FakeJob job = new FakeJob();
        JobHandle<FakeJob.Settings> handle = runtime.submit("fake", job, FakeJob.Settings.DEFAULT, FAST);
        assertThat(handle.state().phase()).isEqualTo(Phase.IDLE);

        handle.start();
        waitFor(() -> handle.steps() > 10);
        handle.pause();
        waitFor(() -> handle.state().phase() == Phase.PAUSED);
        long pausedAt = handle.steps();
        Thread.sleep(50);
        assertThat(handle.steps()).isEqualTo(pausedAt);

        handle.resume();
        waitFor(() -> handle.steps() > pausedAt + 10);
        handle.stop();

        assertThat(handle.awaitFinish(PATIENCE).phase()).isEqualTo(Phase.STOPPED);
        assertThat(job.closes).hasValue(1);
        assertThat(handle.latestFrame()).isPresent();
        assertThat(handle.metricsHistory()).isNotEmpty();
        assertThat(runtime.deviceDescription()).isEqualTo("fake CPU");
    }

    @Test
    void runsTwoJobsAtOnce() throws Exception {
        JobHandle<FakeJob.Settings> first = runtime.submit("first", new FakeJob(), FakeJob.Settings.DEFAULT, FAST);
        JobHandle<FakeJob.Settings> second = runtime.submit("second", new FakeJob(), FakeJob.Settings.DEFAULT, FAST);
        first.start();
        second.start();

        waitFor(() -> first.steps() > 100 && second.steps() > 100);

        assertThat(runtime.jobs()).containsExactly(first, second);
        assertThat(first.state().phase()).isEqualTo(Phase.RUNNING);
        assertThat(second.state().phase()).isEqualTo(Phase.RUNNING);
    }

    @Test
    void stopTakesEffectMidRun() throws Exception {
        FakeJob job = new FakeJob();
        job.sleepMillisPerStep = 5;
        JobHandle<FakeJob.Settings> handle = runtime.submit("slow", job, FakeJob.Settings.DEFAULT, FAST);
        handle.start();
        waitFor(() -> handle.steps() > 3);

        long before = System.nanoTime();
        handle.stop();
        JobState state = handle.awaitFinish(Duration.ofSeconds(2));

        assertThat(state.phase()).isEqualTo(Phase.STOPPED);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before)).isLessThan(2_000);
    }

    @Test
    void stopCutsALongFrameShort() throws Exception {
        FakeJob job = new FakeJob();
        job.endlessRender = true;
        JobHandle<FakeJob.Settings> handle = runtime.submit("big frame", job, FakeJob.Settings.DEFAULT, FAST);
        handle.start();
        waitFor(() -> handle.steps() == 1);

        handle.stop();

        assertThat(handle.awaitFinish(Duration.ofSeconds(2))).isEqualTo(JobState.of(Phase.STOPPED));
        assertThat(job.closes).hasValue(1);
    }

    @Test
    void divergenceKeepsTheLastGoodFrameAndSuggestsALowerRate() throws Exception {
        FakeJob job = new FakeJob();
        job.nanAtStep = 30;
        JobHandle<FakeJob.Settings> handle = runtime.submit("diverging", job, FakeJob.Settings.DEFAULT, FAST);
        handle.start();

        JobState state = handle.awaitFinish(PATIENCE);

        assertThat(state.phase()).isEqualTo(Phase.DIVERGED);
        assertThat(state.message()).contains("loss became NaN at step 30").contains("Lower the learning rate");
        assertThat(handle.latestFrame()).hasValueSatisfying(frame -> assertThat(frame.step()).isEqualTo(29));
        assertThat(job.closes).hasValue(0);

        handle.start();
        waitFor(() -> job.starts.get() == 2);
        assertThat(job.closes).hasValue(1);
    }

    @Test
    void anExceptionFailsOnlyThatJob() throws Exception {
        FakeJob failing = new FakeJob();
        failing.failAtStep = 5;
        JobHandle<FakeJob.Settings> bad = runtime.submit("bad", failing, FakeJob.Settings.DEFAULT, FAST);
        JobHandle<FakeJob.Settings> good = runtime.submit("good", new FakeJob(), FakeJob.Settings.DEFAULT, FAST);
        List<JobState> seen = new CopyOnWriteArrayList<>();
        bad.addStateListener(seen::add);
        bad.start();
        good.start();

        assertThat(bad.awaitFinish(PATIENCE)).isEqualTo(new JobState(Phase.FAILED, "boom at step 5"));
        long goodSteps = good.steps();
        waitFor(() -> good.steps() > goodSteps + 10);
        assertThat(failing.closes).hasValue(1);
        assertThat(seen).extracting(JobState::phase).containsExactly(Phase.RUNNING, Phase.FAILED);
    }

    @Test
    void picksUpLiveSettingsAndRestartsOnArchitectureChanges() throws Exception {
        FakeJob job = new FakeJob();
        JobHandle<FakeJob.Settings> handle = runtime.submit("live", job, FakeJob.Settings.DEFAULT, FAST);
        handle.start();
        waitFor(() -> handle.steps() > 5);

        handle.updateSettings(new FakeJob.Settings(4, 0.5));
        waitFor(() -> job.lastRate == 0.5);
        assertThat(job.starts).hasValue(1);

        handle.updateSettings(new FakeJob.Settings(8, 0.5));
        waitFor(() -> job.starts.get() == 2);
        waitFor(() -> handle.latestFrame().map(frame -> frame.image().width() == 8).orElse(false));
        assertThat(handle.state()).isEqualTo(new JobState(Phase.RUNNING, "restarted: width changed"));
        assertThat(job.closes).hasValue(1);
    }

    @Test
    void completesItsStepBudgetAndStaysQueryable() throws Exception {
        JobHandle<FakeJob.Settings> handle = runtime.submit(
                "budget", new FakeJob(), FakeJob.Settings.DEFAULT, FAST.withMaxSteps(40));
        handle.start();

        assertThat(handle.awaitFinish(PATIENCE).phase()).isEqualTo(Phase.COMPLETED);
        assertThat(handle.steps()).isEqualTo(40);
        assertThat(handle.latestFrame()).hasValueSatisfying(frame -> {
            assertThat(frame.step()).isEqualTo(40);
            assertThat(frame.metrics()).containsEntry("loss", 1.0 / 40);
        });
        assertThat(handle.recordedFrames()).hasSize(40);
        assertThat(handle.call(() -> "still alive").get(5, TimeUnit.SECONDS)).isEqualTo("still alive");

        handle.stop();
        assertThatThrownBy(() -> handle.call(() -> "gone").get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasMessageContaining("has not been started");
    }

    @Test
    void throttlesFramesByTime() throws Exception {
        RunOptions slowFrames = RunOptions.defaults().withMinFrameIntervalMillis(10_000).withMaxSteps(1_000);
        JobHandle<FakeJob.Settings> handle = runtime.submit("throttled", new FakeJob(), FakeJob.Settings.DEFAULT, slowFrames);
        handle.start();
        assertThat(handle.awaitFinish(PATIENCE).phase()).isEqualTo(Phase.COMPLETED);

        assertThat(handle.recordedFrames()).extracting(Frame::step).containsExactly(1L, 1_000L);
        assertThat(handle.metricsHistory()).extracting(MetricSample::step).contains(10L, 500L, 1_000L);
    }

    @Test
    void anEngineThatCannotLoadFailsJobsWithItsReason() throws Exception {
        try (ComputeRuntime broken = new ComputeRuntime(() -> {
            throw new UnsatisfiedLinkError("libtorch.so: cannot open shared object file");
        })) {
            JobHandle<FakeJob.Settings> handle = broken.submit("doomed", new FakeJob(), FakeJob.Settings.DEFAULT, FAST);
            handle.start();

            JobState state = handle.awaitFinish(PATIENCE);

            assertThat(state.phase()).isEqualTo(Phase.FAILED);
            assertThat(state.message()).contains("engine could not load").contains("libtorch.so");
            assertThat(broken.deviceDescription()).startsWith("no engine: ");
            assertThat(broken.engineError()).isPresent();
        }
    }

    static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met in time").isLessThan(deadline);
            Thread.sleep(2);
        }
    }
}
