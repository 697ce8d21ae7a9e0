package org.deepcanvas.nn;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.List;
import java.util.Random;
import org.deepcanvas.nn.layers.ConvLayer;
import org.deepcanvas.nn.layers.LinearLayer;
import org.deepcanvas.nn.layers.MaxPoolLayer;
import org.deepcanvas.nn.layers.MultiScaleConvLayer;
import org.deepcanvas.nn.layers.ReluLayer;
import org.junit.jupiter.api.Test;

/** What deep dream and style transfer stand on: d(loss)/d(image) through the layers. */
class InputGradientTest {
    private static final Architecture TINY = new Architecture("tiny", "Tiny", Preprocessing.imageNet(), List.of(
            new MultiScaleConvLayer("conv1", "conv1", 3, 2, List.of(1, 3)),
            new ReluLayer("relu1"),
            new MaxPoolLayer("pool1", 2),
            ConvLayer.same("conv2", "features.3", 4, 3, 3),
            new ReluLayer("relu2"),
            new LinearLayer("fc", "classifier.0", 3 * 3 * 3, 2)),
            5, List.of("a", "b"), List.of(), List.of(), "relu2");

    @Test
    void inputGradientsMatchFiniteDifferences() {
        try (NDManager manager = NDManager.newBaseManager();
                LayeredNet net = RandomWeights.create(TINY, manager, new Random(11), false)) {
            NDArray image = manager.randomUniform(-1, 1, new Shape(1, 3, 6, 6));
            NDArray gradient;
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                image.setRequiresGradient(true);
                collector.backward(loss(net, image));
                gradient = image.getGradient().duplicate();
            }
            float[] analytic = gradient.toFloatArray();
            float[] pixels = image.stopGradient().toType(DataType.FLOAT32, true).toFloatArray();
            assertThat(maxAbs(analytic)).isGreaterThan(1e-3f);
            double epsilon = 1e-2;
            for (int i = 0; i < pixels.length; i += 7) {
                double numeric = (lossAt(net, manager, pixels, i, epsilon) - lossAt(net, manager, pixels, i, -epsilon))
                        / (2 * epsilon);
                assertThat(analytic[i]).as("pixel %d", i).isCloseTo((float) numeric,
                        org.assertj.core.data.Offset.offset(0.02f * maxAbs(analytic) + 1e-3f));
            }
        }
    }

    /** Features, pooled features and logits all feed the loss, as a style or dream loss would. */
    private static NDArray loss(FeatureNet net, NDArray image) {
        var taps = net.forward(image, List.of("relu1", "relu2", "fc"));
        return taps.get("relu1").square().mean().add(taps.get("relu2").mean()).add(taps.get("fc").get(0, 1));
    }

    private static double lossAt(FeatureNet net, NDManager manager, float[] pixels, int index, double delta) {
        float[] moved = pixels.clone();
        moved[index] += (float) delta;
        try (NDManager step = manager.newSubManager()) {
            return loss(net, step.create(moved, new Shape(1, 3, 6, 6))).getFloat();
        }
    }

    private static float maxAbs(float[] values) {
        float max = 0;
        for (float v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }
}
