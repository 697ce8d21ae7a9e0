package org.deepcanvas.nn.gan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.deepcanvas.nn.DeviceScalars;
import org.junit.jupiter.api.Test;

class GanLossTest {
    private static final float[] LOGITS = {-30f, -2f, -0.5f, 0f, 0.7f, 3f, 40f};

    @Test
    void binaryCrossEntropyWithLogitsMatchesTheFormulaEvenForHugeLogits() {
        try (NDManager manager = NDManager.newBaseManager(); DeviceScalars scalars = new DeviceScalars(manager)) {
            NDArray logits = manager.create(LOGITS, new Shape(LOGITS.length, 1));
            for (float target : new float[] {0f, 0.9f, 1f}) {
                double expected = 0;
                for (float x : LOGITS) {
                    // -[t log p + (1 - t) log (1 - p)] with p = sigmoid(x), via log1p so huge logits stay exact
                    double logP = -Math.log1p(Math.exp(-x));
                    double logNotP = -x - Math.log1p(Math.exp(-x));
                    expected += -(target * logP + (1 - target) * logNotP);
                }
                expected /= LOGITS.length;

                float loss = GanLoss.bceWithLogits(logits, scalars.of(target)).getFloat();

                assertThat((double) loss).as("target %s", target).isCloseTo(expected, within(1e-5 * Math.abs(expected) + 1e-6));
            }
        }
    }

    @Test
    void featureDistanceIsHalfTheSquaredErrorPerImageAveraged() {
        try (NDManager manager = NDManager.newBaseManager(); DeviceScalars scalars = new DeviceScalars(manager)) {
            NDArray features = manager.create(new float[] {1, 2, 3, 4}, new Shape(2, 2));
            NDArray target = manager.create(new float[] {0, 0, 3, 6}, new Shape(2, 2));

            // image 1: (1 + 4) / 2 = 2.5, image 2: (0 + 4) / 2 = 2, mean 2.25
            assertThat(GanLoss.featureDistance(features, target, scalars).getFloat()).isEqualTo(2.25f);
        }
    }

    @Test
    void accuracyCountsRealAboveAndFakeBelowZero() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray real = manager.create(new float[] {2f, -1f, 0.5f, 3f});
            NDArray fake = manager.create(new float[] {-2f, -1f});

            assertThat(GanLoss.accuracy(real, fake).getFloat()).isCloseTo((0.75f + 1f) / 2, within(1e-6f));
        }
    }
}
