package org.deepcanvas.cli;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.io.PrintWriter;
import java.util.Random;
import java.util.concurrent.Callable;
import org.deepcanvas.lab.autoencode.AutoencodeSettings;
import org.deepcanvas.lab.autoencode.AutoencodeTrainer;
import org.deepcanvas.lab.autoencode.StepLosses;
import org.deepcanvas.lab.trainingset.TrainingSet;
import org.deepcanvas.nn.autoencode.AutoencoderArchitecture;
import org.deepcanvas.runtime.HostHeap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `deepcanvas bench autoencode`: training images per second of the course's convolutional
 * autoencoder and fully connected VAE on 28x28 Fashion-MNIST, batch 100, on the device DJL
 * picks. bench/autoencode_peer.py runs the same models in PyTorch eager. Images per second of
 * the compute thread's CPU time (images/cpu-s) and of the whole process's (images/process-cpu-s,
 * which counts libtorch's worker threads when -Dai.djl.pytorch.num_threads is above one) are
 * printed too: on a busy machine they say more than wall time.
 */
@Command(name = "autoencode", mixinStandardHelpOptions = true,
        description = "Images per second for the conv autoencoder and the VAE (Fashion-MNIST 28x28, batch 100).")
final class AutoencodeBenchCommand implements Callable<Integer> {
    private static final int MAX_STEPS = 1_000_000;
    /** DJL's thread count for the calling thread; the trainer runs here, outside the runtime's policy. */
    private static final String INTRA_OP_THREADS = "ai.djl.pytorch.num_threads";

    @Spec
    CommandSpec spec;

    @Option(names = "--steps", defaultValue = "200", description = "timed steps per model (default ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--warmup", defaultValue = "20", description = "untimed steps first (default ${DEFAULT-VALUE})")
    int warmup;

    @Override
    public Integer call() throws Exception {
        Preflight.of(spec).range("--steps", steps, 1, MAX_STEPS).range("--warmup", warmup, 0, MAX_STEPS);
        HostHeap.keepFreedMemoryAcrossSteps(); // as the runtime does for every job; these trainers run without it
        PrintWriter out = spec.commandLine().getOut();
        TrainingSet data = TrainingSet.fashionMnist();
        out.println("device: " + Engine.getInstance().defaultDevice() + ", batch 100, " + steps + " steps, "
                + System.getProperty(INTRA_OP_THREADS) + " intra-op threads");
        measure("autoencode-conv", AutoencoderArchitecture.convolutional(), data, out);
        measure("autoencode-vae", AutoencoderArchitecture.fullyConnected().withVariational(true), data, out);
        return 0;
    }

    private void measure(String name, AutoencoderArchitecture architecture, TrainingSet data, PrintWriter out) {
        AutoencodeSettings settings = AutoencodeSettings.of(architecture);
        Engine.getInstance().setRandomSeed(42);
        try (NDManager manager = NDManager.newBaseManager();
                AutoencodeTrainer trainer = new AutoencodeTrainer(data, settings, manager, new Random(42))) {
            runSteps(trainer, settings, warmup);
            long start = System.nanoTime();
            long cpuStart = CpuClock.currentThreadNanos();
            long processCpuStart = CpuClock.processNanos();
            double lastLoss = runSteps(trainer, settings, steps);
            double cpuSeconds = (CpuClock.currentThreadNanos() - cpuStart) / 1e9;
            double processCpuSeconds = (CpuClock.processNanos() - processCpuStart) / 1e9;
            double seconds = (System.nanoTime() - start) / 1e9;
            double images = steps * (double) settings.batchSize();
            out.printf("%s: loss %.2f after %d steps%n", name, lastLoss, warmup + steps);
            out.printf("%s: %.0f images/s%n", name, images / seconds);
            out.printf("%s: %.0f images/cpu-s%n", name, images / cpuSeconds);
            out.printf("%s: %.0f images/process-cpu-s%n", name, images / processCpuSeconds);
            out.flush();
        }
    }

    /** Runs the steps and returns the last reconstruction loss (the one read that waits for the device). */
    private static double runSteps(AutoencodeTrainer trainer, AutoencodeSettings settings, int count) {
        double loss = Double.NaN;
        for (int i = 0; i < count; i++) {
            try (NDScope ignored = new NDScope()) {
                StepLosses losses = trainer.step(settings);
                if (i == count - 1) {
                    loss = losses.readReconstruction();
                }
            }
        }
        return loss;
    }
}
