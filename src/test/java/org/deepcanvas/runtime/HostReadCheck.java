package org.deepcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.deepcanvas.runtime.JobState.Phase;

/**
 * The no-host-sync rule as a check every experiment's tests call: the job runs through
 * the real runtime, with metrics and frames due now and then, and its steps must not
 * have read anything back from the device themselves ({@link JobHandle#hostReadsInSteps}).
 */
public final class HostReadCheck {
    private HostReadCheck() {}

    /**
     * Runs {@code steps} steps of {@code job} (metrics every 4 steps, a frame as often as
     * the job draws) and fails unless it completed without a host read inside a step.
     */
    public static <S> void assertStepsReadNothing(Job<S> job, S settings, int steps) throws InterruptedException {
        RunOptions options = RunOptions.defaults().withSeed(5).withMaxSteps(steps)
                .withMetricsInterval(4).withMinFrameIntervalMillis(0);
        try (ComputeRuntime runtime = new ComputeRuntime()) {
            JobHandle<S> handle = runtime.submit("host read check", job, settings, options);
            handle.start();
            JobState state = handle.awaitFinish(Duration.ofSeconds(60));

            assertThat(state.phase()).as("the job's end state: %s", state).isEqualTo(Phase.COMPLETED);
            assertThat(handle.metricsHistory()).as("metric samples read when due").isNotEmpty();
            assertThat(handle.hostReadsInSteps())
                    .as("host reads inside %d steps (each one waits for the device)", steps)
                    .isZero();
        }
    }
}
