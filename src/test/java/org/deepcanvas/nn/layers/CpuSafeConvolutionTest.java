package org.deepcanvas.nn.layers;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.GradientCollector;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CpuSafeConvolutionTest {
    private static final Shape STRIDE = new Shape(1, 1);
    private static final Shape PADDING = new Shape(1, 1);

    private NDManager manager;

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager();
        Engine.getInstance().setRandomSeed(1);
    }

    @AfterEach
    void close() {
        manager.close();
    }

    /** The reference runs in doubles, which libtorch computes without oneDNN. */
    @Test
    void givesTheOutputAndInputGradientOfAPlainConvolution() {
        NDArray weight = manager.randomNormal(new Shape(3, 4, 3, 3));
        NDArray bias = manager.randomNormal(new Shape(3));
        NDArray image = manager.randomNormal(new Shape(2, 4, 6, 6));

        NDArray[] safe = outputAndInputGradient(x -> CpuSafeConvolution.conv2d(x, weight, bias, STRIDE, PADDING), image);
        NDArray[] exact = outputAndInputGradient(x -> Conv2d.conv2d(x, weight.toType(DataType.FLOAT64, false),
                bias.toType(DataType.FLOAT64, false), STRIDE, PADDING, new Shape(1, 1)).singletonOrThrow(),
                image.toType(DataType.FLOAT64, false));

        assertThat(safe[0].getShape()).isEqualTo(new Shape(2, 3, 6, 6));
        assertThat(safe[0].toType(DataType.FLOAT64, false).allClose(exact[0], 1e-4, 1e-4, false)).isTrue();
        assertThat(safe[1].toType(DataType.FLOAT64, false).allClose(exact[1], 1e-4, 1e-4, false)).isTrue();
    }

    /** Unguarded, 3 filters gave a NaN input gradient in about 13 of 400 such steps (so 120 clean steps would be luck) on an AVX-512 CPU. */
    @Test
    void theInputGradientOfAFewFiltersIsNeverNaN() {
        NDArray weight = manager.randomNormal(0, 0.1f, new Shape(3, 16, 3, 3), DataType.FLOAT32);
        int nanSteps = 0;
        for (int step = 0; step < 120; step++) {
            try (NDScope ignored = new NDScope()) {
                NDArray image = manager.randomNormal(new Shape(50, 16, 28, 28));
                NDArray gradient = outputAndInputGradient(
                        x -> CpuSafeConvolution.conv2d(x, weight, null, STRIDE, PADDING), image)[1];
                nanSteps += gradient.isNaN().any().getBoolean() ? 1 : 0;
            }
        }
        assertThat(nanSteps).isZero();
    }

    private static NDArray[] outputAndInputGradient(UnaryOperator<NDArray> convolution, NDArray image) {
        NDArray x = image.duplicate();
        x.setRequiresGradient(true);
        NDArray out;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            out = convolution.apply(x);
            collector.backward(out.square().sum());
        }
        return new NDArray[] {out, x.getGradient()};
    }
}
