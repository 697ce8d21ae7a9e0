package org.deepcanvas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.deepcanvas.export.ExportMonitor;
import org.deepcanvas.export.GifOptions;
import org.deepcanvas.export.GifWriter;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.runtime.JobState;

/** What every training command does headless: run a job to its end, reporting as it goes, and write GIFs. */
final class HeadlessRun {
    private static final Duration REPORT_EVERY = Duration.ofSeconds(2);
    /**
     * How long a signal waits for the step under way. A style or dream step at a large size
     * takes many seconds on a CPU, and exiting while it runs lets libtorch's static
     * destructors free memory the compute thread still uses: the JVM crashes.
     */
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private HeadlessRun() {}

    /**
     * Starts the job and prints its step and metrics every two seconds until it finishes.
     *
     * @throws IllegalStateException if it stopped for any reason but reaching its step budget
     */
    static void runToCompletion(JobHandle<?> handle, PrintWriter out) throws InterruptedException {
        AtomicBoolean signalled = new AtomicBoolean();
        Thread onSignal = new Thread(() -> {
            signalled.set(true);
            stopForSignal(handle, out);
        }, "deepcanvas-signal");
        Runtime.getRuntime().addShutdownHook(onSignal);
        try {
            handle.start();
            JobState state = handle.awaitFinish(REPORT_EVERY);
            while (!state.isFinished()) {
                handle.latestFrame().ifPresent(frame -> out.println("step " + frame.step() + describe(frame.metrics())));
                out.flush();
                state = handle.awaitFinish(REPORT_EVERY);
            }
            if (state.phase() != JobState.Phase.COMPLETED && signalled.get()) {
                // the JVM is exiting: the hook reports the stop in one line and the process ends
                // when it returns; this thread must neither write results nor report a failure
                Thread.currentThread().join();
            }
            if (state.phase() != JobState.Phase.COMPLETED) {
                throw new IllegalStateException(handle.name() + " stopped: " + state);
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onSignal);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run: the signal came during the run
            }
        }
    }

    /**
     * Ctrl+C or a kill while the job trains: stop it between two steps, so that the engine is
     * idle when the JVM exits, and say so in one line. Files being written are deleted by
     * {@link org.deepcanvas.export.LeftoverFiles}; files already written stay.
     */
    private static void stopForSignal(JobHandle<?> handle, PrintWriter out) {
        handle.stop();
        try {
            handle.awaitFinish(STOP_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.println("stopped at step " + handle.steps() + " by a signal; no results were written");
        out.flush();
    }

    static void writeGif(List<ArgbImage> frames, Path file, GifOptions options, PrintWriter out) throws IOException {
        GifWriter.write(frames, file, options, ExportMonitor.NONE);
        out.println("wrote " + file + " (" + frames.size() + " frames)");
    }

    private static String describe(Map<String, Double> metrics) {
        StringBuilder line = new StringBuilder();
        metrics.forEach((name, value) -> line.append(String.format(", %s %.5g", name, value)));
        return line.toString();
    }
}
