package org.deepcanvas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;
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
 * second, recorded) that samples resident memory throughout, looking for leaks. Each
 * sample follows a full collection, after which the JVM also returns surplus heap: under
 * load G1 otherwise grows its heap for speed (seen: 56 to 388 MiB committed with 15 MiB
 * live), which is growth but no leak. Single readings still swing by some MiB, so it
 * compares the mean of the first tenth of the samples (taken after warm-up) with the
 * mean of the last tenth.
 */
@Command(name = "soak", mixinStandardHelpOptions = true, description = "Memory growth over a long painting run (Linux).")
final class SoakBenchCommand implements Callable<Integer> {
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final long SAMPLE_MILLIS = 500;
    private static final int MAX_STEPS = 100_000_000;

    private record Sample(long step, long residentKiB, long heapKiB) {}

    @Spec
    CommandSpec spec;

    @Option(names = "--steps", defaultValue = "50000", description = "steps to run (default ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--warmup", defaultValue = "5000", description = "steps before sampling (default ${DEFAULT-VALUE})")
    int warmup;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(STATUS)) {
            throw new IllegalStateException("the soak benchmark reads " + STATUS + ", which only Linux has");
        }
        Preflight.of(spec).range("--steps", steps, 2, MAX_STEPS).range("--warmup", warmup, 0, steps - 1L);
        PrintWriter out = spec.commandLine().getOut();
        List<Sample> samples = new ArrayList<>();
        try (ComputeRuntime runtime = new ComputeRuntime()) {
            JobHandle<PaintSettings> handle = runtime.submit("soak", new PaintJob(List.of(BenchmarkImage.of(100))),
                    PaintSettings.DEFAULT, RunOptions.defaults().withMaxSteps(steps));
            handle.start();
            while (!handle.state().isFinished()) {
                Thread.sleep(SAMPLE_MILLIS);
                if (handle.steps() >= warmup) {
                    samples.add(new Sample(handle.steps(), residentKiB(), Runtime.getRuntime().totalMemory() / 1024));
                }
            }
            if (handle.state().phase() != JobState.Phase.COMPLETED) {
                throw new IllegalStateException("soak run ended as " + handle.state());
            }
            out.printf("%d frames recorded, %s%n", handle.recordedFrames().size(), heap());
        }
        if (samples.isEmpty()) {
            throw new IllegalStateException("the run was too short to sample memory; run more steps");
        }
        int tenth = Math.max(1, samples.size() / 10);
        List<Sample> early = samples.subList(0, tenth);
        List<Sample> late = samples.subList(samples.size() - tenth, samples.size());
        double earlyMiB = meanMiB(early, Sample::residentKiB);
        double lateMiB = meanMiB(late, Sample::residentKiB);
        out.printf("resident memory: %.1f MiB early (steps %d-%d), %.1f MiB late (steps %d-%d), peak %.1f MiB%n",
                earlyMiB, early.get(0).step(), early.get(tenth - 1).step(),
                lateMiB, late.get(0).step(), late.get(tenth - 1).step(),
                samples.stream().mapToLong(Sample::residentKiB).max().orElseThrow() / 1024.0);
        out.printf("of which Java heap committed: %.1f MiB early, %.1f MiB late%n",
                meanMiB(early, Sample::heapKiB), meanMiB(late, Sample::heapKiB));
        out.printf("soak: %+.1f%% resident memory over %d steps%n", 100 * (lateMiB - earlyMiB) / earlyMiB, steps - warmup);
        return 0;
    }

    private static double meanMiB(List<Sample> samples, ToLongFunction<Sample> kiB) {
        return samples.stream().mapToLong(kiB).average().orElseThrow() / 1024.0;
    }

    /** The Java heap's share, to tell JVM heap sizing from native growth. */
    private static String heap() {
        Runtime jvm = Runtime.getRuntime();
        return String.format("Java heap %.1f MiB committed, %.1f MiB used",
                jvm.totalMemory() / 1048576.0, (jvm.totalMemory() - jvm.freeMemory()) / 1048576.0);
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
