package org.deepcanvas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.deepcanvas.export.ExportMonitor;
import org.deepcanvas.export.GifOptions;
import org.deepcanvas.export.GifWriter;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.runtime.JobState;

/** What every training command does headless: run a job to its end, reporting as it goes, and write GIFs. */
final class HeadlessRun {
    private static final Duration REPORT_EVERY = Duration.ofSeconds(2);

    private HeadlessRun() {}

    /**
     * Starts the job and prints its step and metrics every two seconds until it finishes.
     *
     * @throws IllegalStateException if it stopped for any reason but reaching its step budget
     */
    static void runToCompletion(JobHandle<?> handle, PrintWriter out) throws InterruptedException {
        handle.start();
        JobState state = handle.awaitFinish(REPORT_EVERY);
        while (!state.isFinished()) {
            handle.latestFrame().ifPresent(frame -> out.println("step " + frame.step() + describe(frame.metrics())));
            out.flush();
            state = handle.awaitFinish(REPORT_EVERY);
        }
        if (state.phase() != JobState.Phase.COMPLETED) {
            throw new IllegalStateException(handle.name() + " stopped: " + state);
        }
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
