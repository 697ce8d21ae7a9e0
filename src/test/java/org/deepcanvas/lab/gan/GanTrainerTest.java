package org.deepcanvas.lab.gan;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.util.Random;
import org.deepcanvas.lab.trainingset.TinyData;
import org.deepcanvas.lab.trainingset.TrainingSet;
import org.deepcanvas.nn.gan.GanArchitecture;
import org.deepcanvas.nn.gan.GanLoss;
import org.deepcanvas.nn.gan.GanNetwork;
import org.junit.jupiter.api.Test;

class GanTrainerTest {
    private static final int ITERATIONS = 300;
    private static final int WINDOW = 20;

    /**
     * On 64 images the discriminator first learns to tell them from the generator's noise,
     * then the generator catches up and the discriminator's accuracy falls back towards 1/2.
     */
    @Test
    void theDiscriminatorsAccuracyLeavesChanceAndComesBack() {
        TrainingSet data = TinyData.fashion(64, 8);
        GanSettings settings = GanSettings.of(GanArchitecture.dcgan().withFilters(8).withCodeSize(16))
                .withBalancing(false, 0.2f).withBatchSize(16);
        Engine.getInstance().setRandomSeed(1);
        double[] accuracy = new double[ITERATIONS];
        try (NDManager manager = NDManager.newBaseManager()) {
            GanNetwork network = GanNetwork.create(settings.architecture(), data.shape(), manager);
            try (GanTrainer trainer = new GanTrainer(data, manager, new Random(1), network)) {
                for (int i = 0; i < ITERATIONS; i++) {
                    try (NDScope ignored = new NDScope()) {
                        GanStep step = trainer.step(settings);
                        accuracy[i] = GanLoss.accuracy(step.realLogits(), step.fakeLogits()).getFloat();
                    }
                }
                assertThat(trainer.steps()).isEqualTo(ITERATIONS);
            }
        }

        assertThat(mean(accuracy, 0)).as("at the start D guesses").isBetween(0.3, 0.7);
        double best = 0;
        for (int start = 0; start + WINDOW <= ITERATIONS / 2; start++) {
            best = Math.max(best, mean(accuracy, start));
        }
        assertThat(best).as("D tells the first fakes from real images").isGreaterThan(0.9);
        assertThat(mean(accuracy, ITERATIONS - WINDOW)).as("the generator catches up").isLessThan(best - 0.08);
    }

    private static double mean(double[] values, int start) {
        double sum = 0;
        for (int i = start; i < start + WINDOW; i++) {
            sum += values[i];
        }
        return sum / WINDOW;
    }
}
