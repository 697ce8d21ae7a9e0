package org.deepcanvas.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
        assertThat(train(new float[0])).containsExactly(expectedWeights(0.9, 0.999), within(1e-6f));
    }

    @Test
    void takesItsBetasAsDcganDoes() {
        assertThat(train(new float[] {0.5f, 0.999f})).containsExactly(expectedWeights(0.5, 0.999), within(1e-6f));
        assertThat(train(new float[] {0.8f, 0.9f})).containsExactly(expectedWeights(0.8, 0.9), within(1e-6f));
    }

    @Test
    void aClosedGateLeavesTheWeightsAndTheBiasCorrectionAsTheyAre() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray weight = manager.create(START);
            weight.setRequiresGradient(true);
            NDArray slopes = manager.create(SLOPES);
            Adam adam = new Adam(List.of(weight), 0.5f, 0.999f);
            NDArray closed = manager.create(0f);
            NDArray open = manager.create(1f);
            float[] gates = {0f, 1f, 0f, 1f, 1f};
            float[] rates = {0.3f, 0.1f, 0.3f, 0.05f, 0.02f};
            for (int i = 0; i < gates.length; i++) {
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    collector.backward(weight.mul(slopes).sum());
                }
                adam.update(rates[i], gates[i] == 0f ? closed : open);
                assertThat(weight.getGradient().toFloatArray()).containsOnly(0f);
            }

            // only the open steps count: as if Adam had taken the rates 0.1, 0.05 and 0.02
            assertThat(weight.toFloatArray()).containsExactly(expectedWeights(0.5, 0.999), within(1e-6f));
            adam.close();
        }
    }

    @Test
    void refusesBetasOutsideTheUnitInterval() {
        try (NDManager manager = NDManager.newBaseManager()) {
            List<NDArray> weights = List.of(manager.create(START));
            assertThatThrownBy(() -> new Adam(weights, 1f, 0.999f)).hasMessageContaining("betas must be in [0, 1)");
        }
    }

    /** The weights after Adam (default betas when none are given) took the three rates; the gradient is zeroed. */
    private static float[] train(float[] betas) {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray weight = manager.create(START);
            weight.setRequiresGradient(true);
            NDArray slopes = manager.create(SLOPES);
            Adam adam = betas.length == 0 ? new Adam(List.of(weight)) : new Adam(List.of(weight), betas[0], betas[1]);
            for (float rate : RATES) {
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    collector.backward(weight.mul(slopes).sum());
                    adam.update(rate); // with grad mode on, as on a thread where the engine did not start
                }
            }

            assertThat(weight.getGradient().toFloatArray()).containsOnly(0f);
            adam.close();
            return weight.toFloatArray();
        }
    }

    /**
     * torch.optim.Adam's step in doubles, epsilon added after the bias correction:
     * w -= lr * m_hat / (sqrt(v_hat) + eps). A constant gradient makes the moments closed-form.
     * torch 1.13 gives 2.8300018 for the last weight (slope 1e-3), where epsilon shows.
     */
    private static float[] expectedWeights(double beta1, double beta2) {
        float[] weights = START.clone();
        double mean = 0;
        double variance = 0;
        for (int step = 1; step <= RATES.length; step++) {
            mean = beta1 * mean + (1 - beta1);
            variance = beta2 * variance + (1 - beta2);
            double meanHat = mean / (1 - Math.pow(beta1, step));
            double varianceHat = variance / (1 - Math.pow(beta2, step));
            for (int i = 0; i < weights.length; i++) {
                double g = SLOPES[i];
                weights[i] -= (float) (RATES[step - 1] * meanHat * g / (Math.sqrt(varianceHat * g * g) + 1e-8));
            }
        }
        return weights;
    }
}
