package org.deepcanvas.runtime;

/**
 * How the runtime drives one job, as opposed to the job's own settings.
 *
 * @param seed seeds the engine before start and {@link JobContext#random()}
 * @param maxSteps the step budget after which the job is COMPLETED; 0 means no limit
 * @param minFrameIntervalMillis the shortest time between two frames (50 ms: 20 per second)
 * @param metricsInterval read the metrics every this many steps (each read waits for the device)
 * @param recording what the frame recorder keeps for the timeline and GIF export
 */
public record RunOptions(
        long seed, long maxSteps, long minFrameIntervalMillis, int metricsInterval, FrameRecorder.Limits recording) {

    public RunOptions {
        if (maxSteps < 0 || minFrameIntervalMillis < 0 || metricsInterval < 1) {
            throw new IllegalArgumentException("invalid run options: " + maxSteps + " steps, "
                    + minFrameIntervalMillis + " ms between frames, metrics every " + metricsInterval);
        }
    }

    public static RunOptions defaults() {
        return new RunOptions(42, 0, 50, 10, FrameRecorder.Limits.DEFAULT);
    }

    public RunOptions withSeed(long newSeed) {
        return new RunOptions(newSeed, maxSteps, minFrameIntervalMillis, metricsInterval, recording);
    }

    public RunOptions withMaxSteps(long steps) {
        return new RunOptions(seed, steps, minFrameIntervalMillis, metricsInterval, recording);
    }

    public RunOptions withMinFrameIntervalMillis(long millis) {
        return new RunOptions(seed, maxSteps, millis, metricsInterval, recording);
    }

    public RunOptions withMetricsInterval(int steps) {
        return new RunOptions(seed, maxSteps, minFrameIntervalMillis, steps, recording);
    }

    public RunOptions withRecording(FrameRecorder.Limits limits) {
        return new RunOptions(seed, maxSteps, minFrameIntervalMillis, metricsInterval, limits);
    }
}
