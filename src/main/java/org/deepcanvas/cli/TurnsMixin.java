package org.deepcanvas.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Option;

/**
 * `--turns` for the speed benchmarks: measure once, or once per line read from standard input
 * until it ends. The bench scripts run our side and the PyTorch peer this way, each warmed up
 * and waiting, and hand the turn back and forth (bench/turns.sh): the host this runs on changes
 * a process's speed by up to 1.8x for tens of seconds, and turns of a second or two let both
 * sides meet the same moments of it, where two runs one after the other meet different ones.
 */
final class TurnsMixin {
    /** What a command prints once warmed up, when it waits for its first turn. */
    static final String READY = "ready";

    @Option(names = "--turns",
            description = "after the warm-up print '" + READY + "', then measure once per line read from standard input")
    boolean turns;

    interface Measurement {
        void run() throws Exception;
    }

    /** Runs the measured part once, or once per turn; {@code out} is flushed after each. */
    void measure(PrintWriter out, Measurement measurement) throws Exception {
        if (!turns) {
            measurement.run();
            out.flush();
            return;
        }
        out.println(READY);
        out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (in.readLine() != null) {
            measurement.run();
            out.flush();
        }
    }
}
