package org.deepcanvas.cli;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.pytorch.jni.JniUtils;
import java.io.PrintWriter;
import java.util.Random;
import java.util.concurrent.Callable;
import org.deepcanvas.lab.autoencode.AutoencodeSettings;
import org.deepcanvas.lab.autoencode.AutoencodeTrainer;
import org.deepcanvas.lab.autoencode.StepLosses;
import org.deepcanvas.lab.trainingset.TrainingSet;
import org.deepcanvas.nn.autoencode.AutoencoderArchitecture;
import org.deepcanvas.runtime.HostHeap;
import org.deepcanvas.runtime.IntraOpThreads;
import org.deepcanvas.runtime.ThreadPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `deepcanvas bench autoencode`: training images per second of the course's convolutional
 * autoencoder and fully connected VAE on 28x28 Fashion-MNIST, batch 100, on the device DJL
 * picks, with the intra-op threads {@link ThreadPolicy} gives the studio's autoencoder jobs,
 * chosen before every step as the runtime does (-Ddeepcanvas.threads=N fixes them).
 * bench/autoencode_peer.py runs the same models in PyTorch eager. Images per second of the
 * calling thread's CPU time (images/cpu-s) and of the whole process's (images/process-cpu-s,
 * which counts libtorch's worker threads too) are printed as well: on a busy machine they say
 * more than wall time.
 */
@Command(name = "autoencode", mixinStandardHelpOptions = true,
        description = "Images per second for the conv autoencoder and the VAE (Fashion-MNIST 28x28, batch 100).")
final class AutoencodeBenchCommand implements Callable<Integer> {
    private static final int MAX_STEPS = 1_000_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--steps", defaultValue = "200", description = "timed steps per model (default ${DEFAULT-VALUE})")
    int steps;

    /**
     * A fresh JVM compiles the step's Java code for its first ~200 steps; on two intra-op
     * threads of a two-core machine the compiler takes a core from libtorch, and those steps ran
     * at 16 ms for the conv autoencoder where later ones took 10 (bench/README.md). That is
     * start-up, not training; the peer takes as many warm-up steps.
     */
    @Option(names = "--warmup", defaultValue = "300", description = "untimed steps per model first (default ${DEFAULT-VALUE})")
    int warmup;

    @Mixin
    TurnsMixin turns;

    @Override
    public Integer call() throws Exception {
        Preflight.of(spec).range("--steps", steps, 1, MAX_STEPS).range("--warmup", warmup, 0, MAX_STEPS);
        HostHeap.keepFreedMemoryAcrossSteps(); // as the runtime does for every job; these trainers run without it
        PrintWriter out = spec.commandLine().getOut();
        TrainingSet data = TrainingSet.fashionMnist();
        out.println("device: " + Engine.getInstance().defaultDevice() + ", batch 100, " + steps + " steps");
        IntraOpThreads threads = new IntraOpThreads(JniUtils::setNumThreads);
        try (NDManager manager = NDManager.newBaseManager();
                BenchedModel conv = new BenchedModel("autoencode-conv", AutoencoderArchitecture.convolutional(),
                        data, manager, threads);
                BenchedModel vae = new BenchedModel("autoencode-vae",
                        AutoencoderArchitecture.fullyConnected().withVariational(true), data, manager, threads)) {
            conv.runSteps(warmup);
            vae.runSteps(warmup);
            turns.measure(out, () -> {
                conv.measure(steps, out);
                vae.measure(steps, out);
            });
        }
        return 0;
    }

    /** One model's trainer, stepped and timed on this thread. */
    private static final class BenchedModel implements AutoCloseable {
        private final String name;
        private final AutoencodeSettings settings;
        private final AutoencodeTrainer trainer;
        private final IntraOpThreads threads;
        private int stepsDone;

        BenchedModel(String name, AutoencoderArchitecture architecture, TrainingSet data, NDManager manager,
                IntraOpThreads threads) {
            this.name = name;
            this.threads = threads;
            this.settings = AutoencodeSettings.of(architecture);
            Engine.getInstance().setRandomSeed(42);
            this.trainer = new AutoencodeTrainer(data, settings, manager, new Random(42));
        }

        void measure(int steps, PrintWriter out) {
            long start = System.nanoTime();
            long cpuStart = CpuClock.currentThreadNanos();
            long processCpuStart = CpuClock.processNanos();
            double lastLoss = runSteps(steps);
            double cpuSeconds = (CpuClock.currentThreadNanos() - cpuStart) / 1e9;
            double processCpuSeconds = (CpuClock.processNanos() - processCpuStart) / 1e9;
            double seconds = (System.nanoTime() - start) / 1e9;
            double images = steps * (double) settings.batchSize();
            out.printf("%s: loss %.2f after %d steps, %d intra-op threads at the end%n", name, lastLoss, stepsDone,
                    threads.current());
            out.printf("%s: %.0f images/s%n", name, images / seconds);
            out.printf("%s: %.0f images/cpu-s%n", name, images / cpuSeconds);
            out.printf("%s: %.0f images/process-cpu-s%n", name, images / processCpuSeconds);
            out.flush();
        }

        /** Runs the steps and returns the last reconstruction loss (the one read that waits for the device). */
        double runSteps(int count) {
            double loss = Double.NaN;
            for (int i = 0; i < count; i++) {
                threads.use(ThreadPolicy.Workload.LARGE_TENSORS);
                try (NDScope ignored = new NDScope()) {
                    StepLosses losses = trainer.step(settings);
                    if (i == count - 1) {
                        loss = losses.readReconstruction();
                    }
                }
            }
            stepsDone += count;
            return loss;
        }

        @Override
        public void close() {
            trainer.close();
        }
    }
}
