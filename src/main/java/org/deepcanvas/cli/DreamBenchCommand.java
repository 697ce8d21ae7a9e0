package org.deepcanvas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.deepcanvas.lab.dream.DreamGoal;
import org.deepcanvas.lab.dream.DreamJob;
import org.deepcanvas.lab.dream.DreamSettings;
import org.deepcanvas.lab.imageopt.NetworkOpener;
import org.deepcanvas.lab.imageopt.OctaveSettings;
import org.deepcanvas.lab.imageopt.OptimiserSettings;
import org.deepcanvas.lab.imageopt.StepMethod;
import org.deepcanvas.lab.imageopt.ZoomSettings;
import org.deepcanvas.nn.RandomWeights;
import org.deepcanvas.nn.arch.Vgg;
import org.deepcanvas.runtime.ComputeRuntime;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.runtime.JobState;
import org.deepcanvas.runtime.RunOptions;
import org.deepcanvas.runtime.ThreadPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `deepcanvas bench dream --size 256|512`: dream steps per second through the runtime as the
 * studio runs them: VGG-16 up to relu4_3 with generated weights of the real shapes, one step
 * = forward, mean of relu4_3, backward to the image, the gradient divided by its mean absolute
 * value, clamp. No jitter, blur or frames. bench/dream_peer.py does the same in PyTorch eager.
 * Threads follow {@link ThreadPolicy} (every core; -Ddeepcanvas.threads=N to choose).
 */
@Command(name = "dream", mixinStandardHelpOptions = true,
        description = "Deep dream steps per second: VGG-16 (generated weights) to relu4_3, normalised gradient step.")
final class DreamBenchCommand implements Callable<Integer> {
    private static final String LAYER = "relu4_3";

    @Spec
    CommandSpec spec;

    @Option(names = "--size", defaultValue = "256", description = "image side in pixels (default ${DEFAULT-VALUE})")
    int size;

    @Option(names = "--steps", defaultValue = "10", description = "timed steps (default ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--warmup", defaultValue = "2", description = "untimed steps first (default ${DEFAULT-VALUE})")
    int warmup;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        NetworkOpener generated = (id, manager) ->
                RandomWeights.create(Vgg.vgg16().featuresOnly(), manager, new Random(1), false);
        OptimiserSettings step = new OptimiserSettings(StepMethod.NORMALISED_MEAN_ABS, 0.01f, 0, 0f, 1,
                OptimiserSettings.BlurTarget.GRADIENT, 1f, true, false);
        DreamSettings settings = new DreamSettings("vgg16", size, List.of(DreamGoal.layer(LAYER)), step,
                new OctaveSettings(1, 2f, Integer.MAX_VALUE), ZoomSettings.NONE);
        try (ComputeRuntime runtime = new ComputeRuntime()) {
            runtime.loadEngine().get();
            int threads = ThreadPolicy.threadsFor(ThreadPolicy.Workload.LARGE_TENSORS);
            out.printf("device: %s, %d intra-op threads%n", runtime.deviceDescription(), threads);
            RunOptions options = RunOptions.defaults().withSeed(1).withMaxSteps(warmup + steps)
                    .withMinFrameIntervalMillis(0).withMetricsInterval(Integer.MAX_VALUE);
            JobHandle<DreamSettings> handle = runtime.submit("bench dream", new DreamJob(generated, null), settings, options);
            handle.start();
            while (handle.steps() < warmup && !handle.state().isFinished()) {
                Thread.sleep(5);
            }
            long began = System.nanoTime();
            long cpuBegan = CpuClock.processNanos();
            long stepsBegan = handle.steps();
            JobState state = handle.awaitFinish(Duration.ofHours(2));
            if (state.phase() != JobState.Phase.COMPLETED) {
                throw new IllegalStateException("benchmark run ended as " + state);
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            double cpuSeconds = (CpuClock.processNanos() - cpuBegan) / 1e9;
            long timed = handle.steps() - stepsBegan;
            out.printf("%d steps at %d px in %.2f s (%.2f s of CPU time)%n", timed, size, seconds, cpuSeconds);
            out.printf("peak resident memory: %d MiB%n", peakResidentKib() / 1024);
            out.printf("per CPU second: %.3f steps%n", timed / cpuSeconds);
            out.printf("dream-%d: %.3f steps/s%n", size, timed / seconds);
        }
        return 0;
    }

    /** VmHWM: the most resident memory the process has had (Linux), or -1 elsewhere. */
    private static long peakResidentKib() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmHWM:"))
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).findFirst().orElse(-1L);
    }
}
