package org.deepcanvas.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.deepcanvas.lab.paint.PaintJob;
import org.deepcanvas.lab.paint.PaintSettings;
import org.deepcanvas.runtime.ComputeRuntime;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.runtime.JobState;
import org.deepcanvas.runtime.MetricSample;
import org.deepcanvas.runtime.RunOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Pixel painting speed on the course's defaults (100x100 image, 6x20 ReLU, Adam 1e-3,
 * batch 50, L2), through the runtime as the studio runs it but without frames. The
 * loss is read every 100 steps and averaged over the last 5 reads, exactly as
 * bench/paint_peer.py does in PyTorch. Besides steps per wall-clock second it reports
 * steps per second of CPU time (of the process, and of the compute thread alone), which
 * other load on a shared machine disturbs less.
 */
@Command(name = "paint", mixinStandardHelpOptions = true, description = "Pixel painting steps per second.")
final class PaintBenchCommand implements Callable<Integer> {
    private static final int SIDE = 100;
    private static final int LOSS_EVERY = 100;
    private static final int LOSS_WINDOW = 5;
    private static final int MAX_STEPS = 100_000_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--steps", defaultValue = "10000", description = "measured steps (default ${DEFAULT-VALUE})")
    int steps;

    /**
     * A fresh JVM grows its young generation for the first ~15,000 painter steps, and every step
     * of that phase faults new heap pages in: at 1,000 warm-up steps the measured steps ran 17-33%
     * slower than once the heap had grown (or than with -XX:+AlwaysPreTouch), which is start-up,
     * not the painter (bench/README.md). PyTorch's figure is the same from its first steps.
     */
    @Option(names = "--warmup", defaultValue = "20000", description = "unmeasured steps first (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--target-loss", defaultValue = "0.01",
            description = "report the seconds until the averaged loss reaches this (default ${DEFAULT-VALUE})")
    double targetLoss;

    @Option(names = "--seed", defaultValue = "42")
    long seed;

    @Mixin
    TurnsMixin turns;

    /** The compute thread's CPU time when the last run ended, where the next measurement starts. */
    private long computeThreadCpuNanos;

    @Override
    public Integer call() throws Exception {
        Preflight.of(spec).range("--steps", steps, 1, MAX_STEPS).range("--warmup", warmup, 1, MAX_STEPS)
                .positive("--target-loss", targetLoss);
        PrintWriter out = spec.commandLine().getOut();
        try (ComputeRuntime runtime = new ComputeRuntime()) {
            runtime.loadEngine().get();
            out.println("device: " + runtime.deviceDescription());
            out.println("workload: " + SIDE + "x" + SIDE + " image, " + PaintSettings.DEFAULT);
            run(runtime, warmup);
            turns.measure(out, () -> measure(runtime, out));
        }
        return 0;
    }

    private void measure(ComputeRuntime runtime, PrintWriter out) throws Exception {
        long threadCpuBegan = computeThreadCpuNanos;
        long began = System.nanoTime();
        long cpuBegan = CpuClock.processNanos();
        List<MetricSample> losses = run(runtime, steps);
        double seconds = (System.nanoTime() - began) / 1e9;
        double cpuSeconds = (CpuClock.processNanos() - cpuBegan) / 1e9;
        double threadCpuSeconds = (computeThreadCpuNanos - threadCpuBegan) / 1e9;
        out.printf("%d steps in %.2f s (%.2f s of CPU time, %.2f s of it on the compute thread), final loss %.5f%n",
                steps, seconds, cpuSeconds, threadCpuSeconds, averageUpTo(losses, losses.size()));
        reportTimeToLoss(losses, out);
        out.printf("per compute-thread CPU second: %.0f steps%n", steps / threadCpuSeconds);
        out.printf("per CPU second: %.0f steps%n", steps / cpuSeconds);
        out.printf("paint: %.0f steps/s%n", steps / seconds);
    }

    /** Runs a fresh painter for {@code stepCount} steps and returns the losses it read. */
    private List<MetricSample> run(ComputeRuntime runtime, int stepCount) throws Exception {
        PaintSettings settings = PaintSettings.DEFAULT.withDrawInterval(Integer.MAX_VALUE);
        RunOptions options = RunOptions.defaults().withSeed(seed).withMaxSteps(stepCount)
                .withMinFrameIntervalMillis(0).withMetricsInterval(LOSS_EVERY);
        JobHandle<PaintSettings> handle = runtime.submit("bench", new PaintJob(List.of(BenchmarkImage.of(SIDE))),
                settings, options);
        handle.start();
        JobState state = handle.awaitFinish(Duration.ofHours(1));
        if (state.phase() != JobState.Phase.COMPLETED) {
            throw new IllegalStateException("benchmark run ended as " + state);
        }
        computeThreadCpuNanos = handle.call(CpuClock::currentThreadNanos).get();
        handle.close();
        return handle.metricsHistory().stream().filter(sample -> sample.step() % LOSS_EVERY == 0).toList();
    }

    private void reportTimeToLoss(List<MetricSample> losses, PrintWriter out) {
        for (int i = LOSS_WINDOW; i <= losses.size(); i++) {
            if (averageUpTo(losses, i) <= targetLoss) {
                MetricSample reached = losses.get(i - 1);
                out.printf("loss %.3f reached after %.2f s (step %d)%n",
                        targetLoss, reached.elapsedMillis() / 1000.0, reached.step());
                return;
            }
        }
        out.printf("loss %.3f not reached in %d steps%n", targetLoss, steps);
    }

    /** The mean loss of the {@value #LOSS_WINDOW} samples before {@code end}. */
    private static double averageUpTo(List<MetricSample> losses, int end) {
        return losses.subList(Math.max(0, end - LOSS_WINDOW), end).stream()
                .mapToDouble(sample -> sample.values().get("loss"))
                .average()
                .orElse(Double.NaN);
    }
}
