package org.deepcanvas.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;

/** Progress of a long download as an indented line on stderr, at most once per interval. */
final class ProgressLines {
    private ProgressLines() {}

    static <T> Consumer<T> every(Duration interval, PrintWriter err, Function<T, String> describe) {
        long[] lastReport = {0};
        return progress -> {
            long now = System.nanoTime();
            if (now - lastReport[0] > interval.toNanos()) {
                err.println("  " + describe.apply(progress));
                err.flush();
                lastReport[0] = now;
            }
        };
    }
}
