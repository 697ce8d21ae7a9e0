package org.deepcanvas.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdamTest {
    private static final float[] START = {1f, -2f, 0.5f, 3f};
    private static final float[] SLOPES = {2f, -0.5f, 0f, 1e-3f};
    private static final float[] RATES = {0.1f, 0.05f, 0.02f};

    @Test
    void followsTheAdamFormulaAndZeroesTheGradientInAnyGradMode() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray weight = manager.create(START);
            weight.setRequiresGradient(true);
            NDArray slopes = manager.create(SLOPES);
            Adam adam = new Adam(List.of(weight));
            for (float rate : RATES) {
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    collector.backward(weight.mul(slopes).sum());
                    adam.update(rate); // with grad mode on, as on a thread where the engine did not start
                }
            }

            assertThat(weight.toFloatArray()).containsExactly(expectedWeights(), within(1e-6f));
            assertThat(weight.getGradient().toFloatArray()).containsOnly(0f);
            adam.close();
        }
    }

    /** Textbook Adam in doubles: a constant gradient, so the moments are closed-form. */
    private static float[] expectedWeights() {
        float[] weights = START.clone();
        double mean = 0;
        double variance = 0;
        for (int step = 1; step <= RATES.length; step++) {
            mean = 0.9 * mean + 0.1;
            variance = 0.999 * variance + 0.001;
            double correctedRate = RATES[step - 1] * Math.sqrt(1 - Math.pow(0.999, step)) / (1 - Math.pow(0.9, step));
            for (int i = 0; i < weights.length; i++) {
                double g = SLOPES[i];
                weights[i] -= (float) (correctedRate * mean * g / (Math.sqrt(variance * g * g) + 1e-8));
            }
        }
        return weights;
    }
}
