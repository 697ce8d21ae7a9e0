package org.deepcanvas.cli;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.pytorch.jni.JniUtils;
import java.io.PrintWriter;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.deepcanvas.data.FashionMnist;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.gan.FashionJudge;
import org.deepcanvas.lab.gan.GanJob;
import org.deepcanvas.lab.gan.GanLatents;
import org.deepcanvas.lab.gan.GanSettings;
import org.deepcanvas.lab.gan.GanStep;
import org.deepcanvas.lab.gan.GanTrainer;
import org.deepcanvas.lab.latent.LatentExplorer;
import org.deepcanvas.lab.trainingset.ImageTensors;
import org.deepcanvas.lab.trainingset.TrainingSet;
import org.deepcanvas.nn.gan.GanArchitecture;
import org.deepcanvas.nn.gan.GanNetwork;
import org.deepcanvas.runtime.HostHeap;
import org.deepcanvas.runtime.HostRead;
import org.deepcanvas.runtime.IntraOpThreads;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * `deepcanvas bench gan`: training iterations per second of the DCGAN on 28x28
 * Fashion-MNIST, batch 64 (G: dense to 128x7x7, two upsample + 3x3 conv levels and a 3x3
 * output conv, batch norm, tanh; D: two 4x4 stride-2 convs, LeakyReLU 0.2, batch norm, dense
 * to one logit; BCE with logits; Adam 2e-4, betas 0.5 and 0.999; no balancing). An iteration
 * is a D step on a real and a fake batch, then a G step. bench/gan_peer.py runs the same in
 * PyTorch eager. With --quality it trains 2,000 iterations and scores 1,000 samples and
 * 1,000 held-out real images with the embedded Fashion classifier. Iterations per CPU second
 * count every thread of the process (the JVM's own threads too).
 */
@Command(name = "gan", mixinStandardHelpOptions = true,
        description = "Iterations per second of DCGAN on Fashion-MNIST 28x28, batch 64; --quality scores its samples.")
final class GanBenchCommand implements Callable<Integer> {
    private static final int BATCH = 64;

    @Spec
    CommandSpec spec;

    @Option(names = "--iterations", defaultValue = "300", description = "timed iterations (default ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--warmup", defaultValue = "20", description = "untimed iterations first (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--quality", description = "train --quality-iterations, then score samples and real images")
    boolean quality;

    @Option(names = "--quality-iterations", defaultValue = "2000",
            description = "iterations before scoring (default ${DEFAULT-VALUE})")
    int qualityIterations;

    @Option(names = "--scored", defaultValue = "1000", description = "samples and real images scored (default ${DEFAULT-VALUE})")
    int scored;

    private final IntraOpThreads threads = new IntraOpThreads(JniUtils::setNumThreads);

    @Override
    public Integer call() throws Exception {
        if (iterations < 1 || warmup < 0 || qualityIterations < 1 || scored < 10 || scored > 10_000) {
            throw new ParameterException(spec.commandLine(),
                    "--iterations and --quality-iterations must be at least 1, --warmup 0 or more, --scored 10..10000");
        }
        HostHeap.keepFreedMemoryAcrossSteps(); // as the runtime does for every job; these trainers run without it
        PrintWriter out = spec.commandLine().getOut();
        TrainingSet data = TrainingSet.fashionMnist();
        GanSettings settings = GanSettings.of(GanArchitecture.dcgan()).withBatchSize(BATCH).withBalancing(false, 0.2f);
        out.printf("device: %s, batch %d%n", Engine.getInstance().defaultDevice(), BATCH);
        Engine.getInstance().setRandomSeed(42);
        try (NDManager manager = NDManager.newBaseManager()) {
            GanNetwork network = GanNetwork.create(settings.architecture(), data.shape(), manager);
            try (GanTrainer trainer = new GanTrainer(data, manager, new Random(42), network)) {
                if (quality) {
                    scoreQuality(trainer, settings, data, manager, out);
                } else {
                    measureSpeed(trainer, settings, out);
                }
            }
        }
        return 0;
    }

    private void measureSpeed(GanTrainer trainer, GanSettings settings, PrintWriter out) {
        run(trainer, settings, warmup);
        long start = System.nanoTime();
        long cpuStart = CpuClock.processNanos();
        float[] losses = run(trainer, settings, iterations);
        double cpuSeconds = (CpuClock.processNanos() - cpuStart) / 1e9;
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("gan: D loss %.3f, G loss %.3f after %d iterations, %d intra-op threads at the end%n", losses[0],
                losses[1], warmup + iterations, threads.current());
        out.printf("gan: %.2f iterations/cpu-s%n", iterations / cpuSeconds);
        out.printf("gan: %.2f iterations/s%n", iterations / seconds);
    }

    private void scoreQuality(GanTrainer trainer, GanSettings settings, TrainingSet data, NDManager manager,
                              PrintWriter out) throws Exception {
        long start = System.nanoTime();
        float[] losses = run(trainer, settings, qualityIterations);
        out.printf("gan quality: trained %d iterations in %.0f s (D loss %.3f, G loss %.3f)%n", qualityIterations,
                (System.nanoTime() - start) / 1e9, losses[0], losses[1]);
        LatentExplorer explorer = GanLatents.explorer(trainer.network(), manager);
        float[] samples = new float[scored * FashionMnist.PIXELS_PER_IMAGE];
        List<ArgbImage> images = explorer.samplePrior(scored, new Random(7));
        for (int i = 0; i < scored; i++) {
            ImageTensors.write(images.get(i), data.shape(), samples, i * FashionMnist.PIXELS_PER_IMAGE);
        }
        try (FashionJudge judge = FashionJudge.load(manager)) {
            report("samples", judge.probabilities(samples, scored), out);
            report("held-out real images", judge.probabilities(data.testPixels(0, scored), scored), out);
        }
    }

    private void report(String what, float[][] probabilities, PrintWriter out) {
        out.printf("gan quality: %d %s: Inception score %.2f, classes covered %d/10 (each at least %.0f%%)%n",
                probabilities.length, what, FashionJudge.inceptionScore(probabilities),
                FashionJudge.classesCovered(probabilities), 100 * FashionJudge.COVERED_SHARE);
        out.flush();
    }

    /**
     * Runs the iterations, each with the threads ThreadPolicy gives the studio's GanJob, and
     * returns the last D and G losses (the one read that waits for the device).
     */
    private float[] run(GanTrainer trainer, GanSettings settings, int count) {
        float[] losses = {Float.NaN, Float.NaN};
        for (int i = 0; i < count; i++) {
            threads.use(GanJob.workloadOf(settings));
            try (NDScope ignored = new NDScope()) {
                GanStep step = trainer.step(settings);
                if (i == count - 1) {
                    losses = new float[] {HostRead.scalar(step.discriminator()), HostRead.scalar(step.generator())};
                }
            }
        }
        return losses;
    }
}
