package org.deepcanvas.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import org.deepcanvas.lab.imageopt.ImageOptWorkload;
import org.deepcanvas.lab.imageopt.LayerWeight;
import org.deepcanvas.lab.imageopt.MemoryEstimate;
import org.deepcanvas.lab.imageopt.NetworkOpener;
import org.deepcanvas.lab.imageopt.StepMethod;
import org.deepcanvas.lab.style.StyleJob;
import org.deepcanvas.lab.style.StyleSettings;
import org.deepcanvas.nn.Architecture;
import org.deepcanvas.nn.RandomWeights;
import org.deepcanvas.nn.arch.Vgg;
import org.deepcanvas.runtime.ComputeRuntime;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.runtime.JobState;
import org.deepcanvas.runtime.MetricSample;
import org.deepcanvas.runtime.ProcessMemory;
import org.deepcanvas.runtime.RunOptions;
import org.deepcanvas.runtime.ThreadPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `deepcanvas bench style --size 256|512`: style-transfer steps per second through the runtime
 * as the studio runs them: VGG-19's features with generated weights of the real shapes,
 * content at relu4_2, Gram matrices at relu1_1, relu2_1, relu3_1, relu4_1 and relu5_1, total
 * variation, one Adam step on the image (or L-BFGS with --optimizer lbfgs), clamp. No frames,
 * no metric reads. bench/style_peer.py does the same in PyTorch eager. Threads follow
 * {@link ThreadPolicy}. It also prints the peak resident memory over the run beside the
 * memory estimate the pane shows, and with --to-loss it runs Adam and L-BFGS on the same
 * problem and says how many steps and seconds each took to reach the loss both reach.
 */
@Command(name = "style", mixinStandardHelpOptions = true,
        description = "Style transfer steps per second: VGG-19 (generated weights), content relu4_2, Grams relu1_1..relu5_1, TV.")
final class StyleBenchCommand implements Callable<Integer> {
    private static final String CONTENT_LAYER = "relu4_2";
    private static final int SMALLEST = 32;
    private static final List<String> STYLE_LAYERS = List.of("relu1_1", "relu2_1", "relu3_1", "relu4_1", "relu5_1");

    @Spec
    CommandSpec spec;

    @Option(names = "--size", defaultValue = "256", description = "image side in pixels, 32 to 1024 (default ${DEFAULT-VALUE})")
    int size;

    @Option(names = "--steps", defaultValue = "10", description = "timed steps (default ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--warmup", defaultValue = "2", description = "untimed steps first (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--optimizer", defaultValue = "adam", description = "adam or lbfgs (default ${DEFAULT-VALUE})")
    String optimizer;

    @Option(names = "--to-loss", description = "run Adam and L-BFGS for --steps each and compare them at the same loss")
    boolean toLoss;

    @Override
    public Integer call() throws Exception {
        Preflight.of(spec).range("--size", size, 32, 1024).range("--steps", steps, 1, 100_000)
                .range("--warmup", warmup, 0, 1000)
                .rule(optimizer.equals("adam") || optimizer.equals("lbfgs"),
                        "--optimizer must be adam or lbfgs, not " + optimizer);
        PrintWriter out = spec.commandLine().getOut();
        try (ComputeRuntime runtime = new ComputeRuntime()) {
            runtime.loadEngine().get();
            out.printf("device: %s, %d intra-op threads%n", runtime.deviceDescription(),
                    ThreadPolicy.threadsFor(ThreadPolicy.Workload.LARGE_TENSORS));
            if (toLoss) {
                compareOptimizers(runtime, out);
            } else {
                timeSteps(runtime, method(optimizer), out);
            }
        }
        return 0;
    }

    private void timeSteps(ComputeRuntime runtime, StepMethod method, PrintWriter out) throws Exception {
        RunOptions options = RunOptions.defaults().withSeed(1).withMaxSteps(warmup + steps)
                .withMinFrameIntervalMillis(Long.MAX_VALUE).withMetricsInterval(Integer.MAX_VALUE);
        // one small step first, so the Java heap that draws the weights has grown before the memory is watched
        finish(started(runtime.submit("bench style warm-up", job(), settings(method).withSize(SMALLEST).withPreviewSize(
                SMALLEST), options.withMaxSteps(1))));
        long residentBefore = ProcessMemory.resident().orElse(-1);
        boolean peakReset = ProcessMemory.resetPeak();
        JobHandle<StyleSettings> handle = runtime.submit("bench style", job(), settings(method), options);
        handle.start();
        while (handle.steps() < warmup && !handle.state().isFinished()) {
            Thread.sleep(5);
        }
        long began = System.nanoTime();
        long cpuBegan = CpuClock.processNanos();
        long stepsBegan = handle.steps();
        finish(handle);
        double seconds = (System.nanoTime() - began) / 1e9;
        double cpuSeconds = (CpuClock.processNanos() - cpuBegan) / 1e9;
        long timed = handle.steps() - stepsBegan;
        out.printf("%d steps at %d px in %.2f s (%.2f s of CPU time), %s%n", timed, size, seconds, cpuSeconds, method);
        if (peakReset && residentBefore > 0) {
            long grew = ProcessMemory.peakResident().orElseThrow() - residentBefore;
            long estimated = MemoryEstimate.of(workload(method), size, size, true).totalBytes();
            out.printf("peak resident memory: %d MiB, of which the run: %d MiB; the pane's estimate: %d MiB (%.2fx)%n",
                    ProcessMemory.peakResident().orElseThrow() >> 20, grew >> 20, estimated >> 20,
                    estimated / (double) grew);
        }
        out.printf("per CPU second: %.3f steps%n", timed / cpuSeconds);
        out.printf("style-%d: %.3f steps/s%n", size, timed / seconds);
    }

    /** Adam and L-BFGS for --steps each, the total loss read every step, compared where both have been. */
    private void compareOptimizers(ComputeRuntime runtime, PrintWriter out) throws Exception {
        List<double[]> adam = lossCurve(runtime, StepMethod.ADAM);
        List<double[]> lbfgs = lossCurve(runtime, StepMethod.LBFGS);
        double target = Math.max(adam.get(adam.size() - 1)[1], lbfgs.get(lbfgs.size() - 1)[1]);
        out.printf("loss reached by both after %d steps each: %.5g%n", steps, target);
        for (List<double[]> curve : List.of(adam, lbfgs)) {
            String name = curve == adam ? "adam" : "lbfgs";
            double[] first = curve.stream().filter(point -> point[1] <= target).findFirst().orElseThrow();
            out.printf("%s: %.0f steps, %.2f s to reach it (final loss %.5g)%n", name, first[0], first[2],
                    curve.get(curve.size() - 1)[1]);
        }
    }

    /** (step, total loss, seconds) per step. */
    private List<double[]> lossCurve(ComputeRuntime runtime, StepMethod method) throws Exception {
        StyleSettings settings = settings(method);
        RunOptions options = RunOptions.defaults().withSeed(1).withMaxSteps(steps)
                .withMinFrameIntervalMillis(Long.MAX_VALUE).withMetricsInterval(1);
        JobHandle<StyleSettings> handle = runtime.submit("bench style " + method, job(), settings, options);
        handle.start();
        finish(handle);
        return handle.metricsHistory().stream().map(sample -> new double[] {sample.step(), total(sample, settings),
                sample.elapsedMillis() / 1000.0}).toList();
    }

    private static double total(MetricSample sample, StyleSettings settings) {
        return settings.contentWeight() * sample.values().get("content")
                + settings.styleWeight() * sample.values().get("style") + settings.tvWeight() * sample.values().get("TV");
    }

    private StyleJob job() {
        NetworkOpener generated = (id, manager) -> RandomWeights.create(network(), manager, new Random(1), false);
        return new StyleJob(generated, BenchmarkImage.of(size), List.of(BenchmarkImage.waves(size)));
    }

    private StyleSettings settings(StepMethod method) {
        return StyleSettings.DEFAULT.withNetwork("vgg19").withSize(size).withPreviewSize(size)
                .withIterations(Integer.MAX_VALUE).withContentLayers(List.of(new LayerWeight(CONTENT_LAYER, 1)))
                .withStyleLayers(STYLE_LAYERS.stream().map(layer -> new LayerWeight(layer, 1)).toList())
                .withMethod(method);
    }

    private static ImageOptWorkload workload(StepMethod method) {
        return ImageOptWorkload.style(network(), Set.of(CONTENT_LAYER), Set.copyOf(STYLE_LAYERS), 1,
                method.imageCopies());
    }

    private static Architecture network() {
        return Vgg.vgg19().featuresOnly();
    }

    private static StepMethod method(String name) {
        return name.equals("lbfgs") ? StepMethod.LBFGS : StepMethod.ADAM;
    }

    private static JobHandle<StyleSettings> started(JobHandle<StyleSettings> handle) {
        handle.start();
        return handle;
    }

    private static void finish(JobHandle<StyleSettings> handle) throws InterruptedException {
        JobState state = handle.awaitFinish(Duration.ofHours(2));
        if (state.phase() != JobState.Phase.COMPLETED) {
            throw new IllegalStateException("benchmark run ended as " + state);
        }
    }
}
