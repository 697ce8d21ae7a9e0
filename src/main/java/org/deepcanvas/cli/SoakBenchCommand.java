package org.deepcanvas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.deepcanvas.lab.paint.PaintJob;
import org.deepcanvas.lab.paint.PaintSettings;
import org.deepcanvas.runtime.ComputeRuntime;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.runtime.JobState;
import org.deepcanvas.runtime.RunOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A long pixel-painting run as the studio runs it (frames every 20 steps, at most 20 per
 * second, recorded), reporting resident memory after warm-up and at the end.
 */
@Command(name = "soak", mixinStandardHelpOptions = true, description = "Memory growth over a long painting run (Linux).")
final class SoakBenchCommand implements Callable<Integer> {
    private static final Path STATUS = Path.of("/proc/self/status");

    @Spec
    CommandSpec spec;

    @Option(names = "--steps", defaultValue = "50000", description = "steps to run (default ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--warmup", defaultValue = "5000", description = "steps before the first reading (default ${DEFAULT-VALUE})")
    int warmup;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(STATUS)) {
            throw new IllegalStateException("the soak benchmark reads " + STATUS + ", which only Linux has");
        }
        if (warmup >= steps) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--warmup must be below --steps");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (ComputeRuntime runtime = new ComputeRuntime()) {
            JobHandle<PaintSettings> handle = runtime.submit("soak", new PaintJob(List.of(BenchmarkImage.of(100))),
                    PaintSettings.DEFAULT, RunOptions.defaults().withMaxSteps(steps));
            handle.start();
            while (handle.steps() < warmup && !handle.state().isFinished()) {
                Thread.sleep(20);
            }
            long before = residentKiB();
            out.printf("resident after %d steps: %.1f MiB%n", handle.steps(), before / 1024.0);
            JobState state = handle.awaitFinish(Duration.ofHours(2));
            if (state.phase() != JobState.Phase.COMPLETED) {
                throw new IllegalStateException("soak run ended as " + state);
            }
            long after = residentKiB();
            out.printf("resident after %d steps: %.1f MiB (%d frames recorded)%n",
                    handle.steps(), after / 1024.0, handle.recordedFrames().size());
            out.printf("soak: %+.1f%% resident memory over %d steps%n", 100.0 * (after - before) / before, steps - warmup);
        }
        return 0;
    }

    private static long residentKiB() throws IOException {
        System.gc();
        return Files.readAllLines(STATUS).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                .findFirst()
                .orElseThrow(() -> new IOException("no VmRSS line in " + STATUS));
    }
}
