package org.deepcanvas.nn.layers;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubPixelConvolutionTest {
    private static final Shape ONE = new Shape(1, 1);

    private NDManager manager;

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager();
        Engine.getInstance().setRandomSeed(3);
    }

    @AfterEach
    void close() {
        manager.close();
    }

    /**
     * Output, input, weight and bias gradients against upsampling then convolving, in doubles
     * (which libtorch computes without oneDNN); 1 and 3 filters take the CPU guard's padding.
     */
    @ParameterizedTest
    @CsvSource({"4, 1, 5, 7", "3, 3, 6, 6", "5, 16, 4, 3"})
    void matchesUpsamplingThenConvolving(int channels, int filters, int height, int width) {
        NDArray image = manager.randomNormal(new Shape(2, channels, height, width));
        NDArray weight = manager.randomNormal(new Shape(filters, channels, 3, 3));
        NDArray bias = manager.randomNormal(new Shape(filters));
        NDArray upstream = manager.randomNormal(new Shape(2, filters, 2L * height, 2L * width));
        NDArray taps = SubPixelConvolution.phaseTaps(manager);

        NDArray[] fused = outputAndGradients(image, weight, bias, upstream,
                (x, w, b) -> SubPixelConvolution.conv2dAfterNearest2x(x, w, b, taps));
        NDArray[] exact = outputAndGradients(doubles(image), doubles(weight), doubles(bias), doubles(upstream),
                (x, w, b) -> Conv2d.conv2d(x.getNDArrayInternal().interpolation(
                        new long[] {2L * height, 2L * width}, 0, false), w, b, ONE, ONE, ONE).singletonOrThrow());

        assertThat(fused[0].getShape()).isEqualTo(new Shape(2, filters, 2L * height, 2L * width));
        for (int i = 0; i < fused.length; i++) {
            assertThat(doubles(fused[i]).allClose(exact[i], 1e-4, 1e-4, false)).as("part %d", i).isTrue();
        }
    }

    private interface Convolution {
        NDArray apply(NDArray x, NDArray weight, NDArray bias);
    }

    /** {output, d/dx, d/dweight, d/dbias} of sum(output * upstream). */
    private static NDArray[] outputAndGradients(NDArray image, NDArray weight, NDArray bias, NDArray upstream,
                                                Convolution convolution) {
        NDArray[] leaves = {image.duplicate(), weight.duplicate(), bias.duplicate()};
        for (NDArray leaf : leaves) {
            leaf.setRequiresGradient(true);
        }
        NDArray out;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            out = convolution.apply(leaves[0], leaves[1], leaves[2]);
            collector.backward(out.mul(upstream).sum());
        }
        return new NDArray[] {out, leaves[0].getGradient(), leaves[1].getGradient(), leaves[2].getGradient()};
    }

    private static NDArray doubles(NDArray array) {
        return array.toType(DataType.FLOAT64, false);
    }
}
