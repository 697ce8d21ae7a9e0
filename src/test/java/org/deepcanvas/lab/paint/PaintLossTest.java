package org.deepcanvas.lab.paint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.deepcanvas.nn.DeviceScalars;
import org.deepcanvas.nn.ScalarBackward;
import org.junit.jupiter.api.Test;

class PaintLossTest {
    private static final float[] PREDICTED = {0.5f, 0.2f, -0.1f, 1f, 0f, 0.3f};
    private static final float[] TARGET = {0.1f, 0.2f, 0.4f, 0.5f, 0.5f, 0.3f};

    @Test
    void totalsEveryColourAndASeedOfOneOverRowsGivesTheMeansGradient() {
        try (NDManager manager = NDManager.newBaseManager(); DeviceScalars scalars = new DeviceScalars(manager)) {
            NDArray predicted = manager.create(PREDICTED, new Shape(2, 3));
            predicted.setRequiresGradient(true);
            NDArray target = manager.create(TARGET, new Shape(2, 3));

            assertThat(PaintLoss.L1.total(predicted, target).getFloat()).isCloseTo(1.9f, within(1e-6f));
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray total = PaintLoss.L2.total(predicted, target);
                // per row: 0.16 + 0 + 0.25 and 0.25 + 0.25 + 0
                assertThat(total.getFloat()).isCloseTo(0.91f, within(1e-6f));
                ScalarBackward.run(total, scalars.of(0.5f));
            }

            // d(total / 2) / d(predicted) = (predicted - target)
            float[] expected = new float[PREDICTED.length];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = PREDICTED[i] - TARGET[i];
            }
            assertThat(predicted.getGradient().toFloatArray()).containsExactly(expected, within(1e-6f));
        }
    }
}
