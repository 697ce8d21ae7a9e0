package org.deepcanvas.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.deepcanvas.lab.autoencode.AutoencodeJob;
import org.deepcanvas.lab.autoencode.AutoencodeSettings;
import org.deepcanvas.lab.gan.GanJob;
import org.deepcanvas.lab.gan.GanSettings;
import org.deepcanvas.lab.paint.PaintJob;
import org.deepcanvas.lab.paint.PaintSettings;
import org.deepcanvas.lab.trainingset.TrainingSet;
import org.deepcanvas.nn.autoencode.AutoencoderArchitecture;
import org.deepcanvas.runtime.ComputeRuntime;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.runtime.RunOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A long run as the studio runs it (frames at most 20 per second, recorded for the timeline)
 * that samples the process's memory every half second after warm-up, looking for leaks
 * (see {@link SoakReport}). Each sample follows a full collection, after which the JVM also
 * returns surplus heap, so that the heap figure is what the run keeps, not what G1 chose.
 * It runs through {@link HeadlessRun}, so Ctrl+C stops the job between two steps.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Memory growth over a long training run (Linux): paint (default), autoencode or gan.")
final class SoakBenchCommand implements Callable<Integer> {
    private static final long SAMPLE_MILLIS = 500;
    private static final int MAX_STEPS = 100_000_000;

    /** How one experiment's soak run is started. */
    interface Submitter {
        JobHandle<?> submit(ComputeRuntime runtime, RunOptions options) throws Exception;
    }

    /** An experiment the soak can run, and how many steps make a long run of it. */
    record Workload(long defaultSteps, Submitter submitter) {}

    /** What `bench soak WORKLOAD` can run; another experiment adds one line here. */
    static final Map<String, Workload> WORKLOADS = new LinkedHashMap<>();

    static {
        WORKLOADS.put("paint", new Workload(50_000, (runtime, options) -> runtime.submit("soak paint",
                new PaintJob(List.of(BenchmarkImage.of(100))), PaintSettings.DEFAULT, options)));
        WORKLOADS.put("autoencode", new Workload(3_000, (runtime, options) -> runtime.submit("soak autoencode",
                AutoencodeJob.training(TrainingSet.fashionMnist()),
                AutoencodeSettings.of(AutoencoderArchitecture.convolutional()), options)));
        WORKLOADS.put("gan", new Workload(1_000, (runtime, options) -> runtime.submit("soak gan",
                GanJob.training(TrainingSet.fashionMnist()), GanSettings.defaults(), options)));
    }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", defaultValue = "paint", paramLabel = "WORKLOAD",
            description = "paint, autoencode or gan (default ${DEFAULT-VALUE})")
    String workload;

    @Option(names = "--steps", paramLabel = "N",
            description = "steps to run (default: 50000 for paint, 3000 for autoencode, 1000 for gan)")
    Long steps;

    @Option(names = "--warmup", paramLabel = "N", description = "steps before sampling (default: a tenth of the steps)")
    Long warmup;

    @Override
    public Integer call() throws Exception {
        Preflight checks = Preflight.of(spec).rule(WORKLOADS.containsKey(workload),
                "WORKLOAD must be one of " + String.join(", ", WORKLOADS.keySet()) + ", not " + workload);
        Workload chosen = WORKLOADS.get(workload);
        long total = steps != null ? steps : chosen.defaultSteps();
        long before = warmup != null ? warmup : total / 10;
        checks.range("--steps", total, 2, MAX_STEPS).range("--warmup", before, 0, total - 1);
        if (MemorySample.take(0).isEmpty()) {
            throw new CommandFailure("the soak benchmark reads /proc/self/status, which only Linux has");
        }
        returnSurplusHeapAfterCollections();
        PrintWriter out = spec.commandLine().getOut();
        List<MemorySample> samples = new CopyOnWriteArrayList<>();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "deepcanvas-soak-sampler");
            thread.setDaemon(true);
            return thread;
        });
        try (ComputeRuntime runtime = new ComputeRuntime()) {
            JobHandle<?> handle = chosen.submitter().submit(runtime, RunOptions.defaults().withMaxSteps(total));
            sampler.scheduleWithFixedDelay(() -> {
                long step = handle.steps();
                if (step >= before && !handle.state().isFinished()) {
                    MemorySample.take(step).ifPresent(samples::add);
                }
            }, SAMPLE_MILLIS, SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
            HeadlessRun.runToCompletion(handle, out);
            out.printf("%s: %d steps, %d frames recorded%n", workload, handle.steps(), handle.recordedFrames().size());
        } finally {
            sampler.shutdownNow();
        }
        if (samples.size() < 2) {
            throw new CommandFailure("the run was too short to sample memory; run more steps");
        }
        SoakReport report = new SoakReport(samples);
        report.lines().forEach(out::println);
        out.printf("soak: %+.1f%% resident memory over %d steps%n", report.residentGrowthPercent(), total - before);
        return 0;
    }

    /**
     * G1 keeps up to 70% of its heap free after a full collection; under load it grows the
     * heap for speed and then keeps it (seen: 40 to 68 MiB committed with 15 MiB live, the
     * largest "growth" of a 20,000-step run). Keeping at most 30% free makes the committed
     * heap follow the live one, so the samples show what the run holds on to.
     */
    private static void returnSurplusHeapAfterCollections() {
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        hotspot.setVMOption("MinHeapFreeRatio", "10");
        hotspot.setVMOption("MaxHeapFreeRatio", "30");
    }
}
