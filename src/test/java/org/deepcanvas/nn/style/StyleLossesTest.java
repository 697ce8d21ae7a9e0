package org.deepcanvas.nn.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.List;
import org.deepcanvas.nn.DeviceScalars;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StyleLossesTest {
    /** Two channels of three pixels: [1, 2, 3] and [0, 1, -1]. */
    private static final float[] FEATURES = {1, 2, 3, 0, 1, -1};

    private NDManager manager;
    private DeviceScalars scalars;

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager();
        scalars = new DeviceScalars(manager);
    }

    @AfterEach
    void close() {
        scalars.close();
        manager.close();
    }

    @Test
    void gramMatrixIsChannelProductsAveragedOverPositions() {
        // F F^T = [[1+4+9, 0+2-3], [0+2-3, 0+1+1]] = [[14, -1], [-1, 2]], over H*W = 3
        NDArray gram = StyleLosses.gram(features(), scalars);
        assertThat(gram.getShape()).isEqualTo(new Shape(1, 2, 2));
        assertThat(gram.toFloatArray()).containsExactly(new float[] {14 / 3f, -1 / 3f, -1 / 3f, 2 / 3f}, within(1e-6f));
    }

    @Test
    void styleLossIsTheMeanSquaredGramDifferenceAndItsGradientIsByHand() {
        NDArray target = manager.create(new float[] {2, 0, 0, 1}, new Shape(1, 2, 2));
        NDArray x = features();
        x.setRequiresGradient(true);
        float loss;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray style = StyleLosses.style(x, target, scalars);
            loss = style.getFloat();
            collector.backward(style);
        }
        double[] difference = {14 / 3.0 - 2, -1 / 3.0, -1 / 3.0, 2 / 3.0 - 1};
        double expected = 0;
        for (double d : difference) {
            expected += d * d / 4;
        }
        assertThat(loss).isCloseTo((float) expected, within(1e-6f));
        // d/dF mean((G - T)^2) with G = F F^T / 3 is (2 / 4) * (D + D^T) F / 3, D = G - T
        float[] gradient = x.getGradient().toFloatArray();
        for (int c = 0; c < 2; c++) {
            for (int p = 0; p < 3; p++) {
                double sum = 0;
                for (int k = 0; k < 2; k++) {
                    sum += (difference[c * 2 + k] + difference[k * 2 + c]) * FEATURES[k * 3 + p];
                }
                assertThat(gradient[c * 3 + p]).as("channel %d pixel %d", c, p).isCloseTo((float) (sum / 6), within(1e-6f));
            }
        }
    }

    @Test
    void blendIsTheWeightedMeanOfTheGramsAndOneZeroIsTheFirstStyle() {
        NDArray first = manager.create(new float[] {1, 2, 3, 4}, new Shape(1, 2, 2));
        NDArray second = manager.create(new float[] {5, 6, 7, 8}, new Shape(1, 2, 2));
        assertThat(StyleLosses.blend(List.of(first, second), List.of(1f, 0f), scalars).toFloatArray())
                .containsExactly(first.toFloatArray());
        assertThat(StyleLosses.blend(List.of(first, second), List.of(3f, 1f), scalars).toFloatArray())
                .containsExactly(new float[] {2, 3, 4, 5}, within(1e-6f));
        assertThatThrownBy(() -> StyleLosses.blend(List.of(first, second), List.of(0f, 0f), scalars))
                .hasMessageContaining("not all 0");
    }

    private NDArray features() {
        return manager.create(FEATURES, new Shape(1, 2, 1, 3));
    }
}
