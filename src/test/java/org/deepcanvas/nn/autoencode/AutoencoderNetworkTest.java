package org.deepcanvas.nn.autoencode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.deepcanvas.nn.DeviceScalars;
import org.deepcanvas.nn.ImageShape;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AutoencoderNetworkTest {
    private NDManager manager;

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager();
        Engine.getInstance().setRandomSeed(7);
    }

    @AfterEach
    void close() {
        manager.close();
    }

    @Test
    void fullyConnectedMapsImagesToCodesAndBack() {
        ImageShape shape = new ImageShape(1, 28, 28);
        AutoencoderNetwork network = AutoencoderNetwork.create(AutoencoderArchitecture.fullyConnected(), shape, manager);
        NDArray images = manager.randomUniform(0f, 1f, shape.batch(3));

        LatentCode code = network.encode(images, false);
        NDArray decoded = network.decode(code.mean(), false);

        assertThat(code.mean().getShape()).isEqualTo(new Shape(3, 2));
        assertThat(code.variational()).isFalse();
        assertThat(decoded.getShape()).isEqualTo(shape.batch(3));
        assertThat(decoded.min().getFloat()).isGreaterThanOrEqualTo(0f);
        assertThat(decoded.max().getFloat()).isLessThanOrEqualTo(1f);
    }

    @Test
    void convolutionalVariationalHandlesColourAndOddSizes() {
        ImageShape shape = new ImageShape(3, 36, 30);
        AutoencoderArchitecture architecture =
                AutoencoderArchitecture.convolutional().withVariational(true).withCodeSize(5);
        AutoencoderNetwork network = AutoencoderNetwork.create(architecture, shape, manager);

        LatentCode code = network.encode(manager.randomUniform(0f, 1f, shape.batch(2)), true);

        assertThat(code.mean().getShape()).isEqualTo(new Shape(2, 5));
        assertThat(code.logVariance().getShape()).isEqualTo(new Shape(2, 5));
        assertThat(network.decode(code.mean(), false).getShape()).isEqualTo(shape.batch(2));
    }

    @Test
    void parametersHaveDistinctNames() {
        AutoencoderNetwork network = AutoencoderNetwork.create(
                AutoencoderArchitecture.convolutional(), new ImageShape(1, 28, 28), manager);

        List<String> names = network.parameters().stream().map(p -> p.getKey()).toList();

        // 3 convolutions + 1 dense in the encoder, 1 dense + 3 convolutions in the decoder
        assertThat(names).hasSize(16).doesNotHaveDuplicates();
        assertThat(names).allMatch(n -> n.startsWith("encoder.") || n.startsWith("decoder."));
    }

    @Test
    void tooManyStridedLayersForTheImageIsRefusedClearly() {
        AutoencoderArchitecture deep = AutoencoderArchitecture.convolutional().withLayers(List.of(8, 8, 8, 8, 8));

        assertThatThrownBy(() -> AutoencoderNetwork.create(deep, new ImageShape(1, 8, 8), manager))
                .hasMessageContaining("too many strided layers");
    }

    @Test
    void reconstructionLossSumsSquaredErrorsPerImage() {
        NDArray clean = manager.create(new float[] {0f, 1f, 0.5f, 0.5f}, new Shape(2, 1, 1, 2));
        NDArray reconstructed = manager.create(new float[] {1f, 1f, 0.5f, 0f}, new Shape(2, 1, 1, 2));

        // image 1: 1^2 + 0 = 1; image 2: 0 + 0.5^2 = 0.25; mean over 2 images = 0.625
        assertThat(AutoencoderLoss.reconstruction(reconstructed, clean).getFloat()).isCloseTo(0.625f, within(1e-6f));
    }

    @Test
    void klDivergenceMatchesAHandComputation() {
        NDArray mean = manager.create(new float[] {0f, 1f, 0.5f, -2f}, new Shape(2, 2));
        NDArray logVar = manager.create(new float[] {0f, 0f, (float) Math.log(2), -1f}, new Shape(2, 2));

        double expected = 0;
        double[][] m = {{0, 1}, {0.5, -2}};
        double[][] lv = {{0, 0}, {Math.log(2), -1}};
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                expected += -0.5 * (1 + lv[i][j] - m[i][j] * m[i][j] - Math.exp(lv[i][j]));
            }
        }
        expected /= 2;

        assertThat(AutoencoderLoss.klDivergence(mean, logVar, new DeviceScalars(manager)).getFloat()).isCloseTo((float) expected, within(1e-5f));
        assertThat(AutoencoderLoss.klDivergence(manager.zeros(new Shape(3, 4)), manager.zeros(new Shape(3, 4)),
                new DeviceScalars(manager))
                .getFloat()).isEqualTo(0f);
    }

    @Test
    void samplingScalesNoiseByTheStandardDeviation() {
        NDArray mean = manager.create(new float[] {1f, -1f});
        NDArray logVar = manager.create(new float[] {(float) Math.log(4), 0f});
        NDArray noise = manager.create(new float[] {0.5f, 2f});

        assertThat(AutoencoderLoss.sample(mean, logVar, noise, new DeviceScalars(manager)).toFloatArray()).containsExactly(2f, 1f);
    }

    @Test
    void maskingZeroesAboutTheRequestedShareAndGaussianStaysInRange() {
        NDArray clean = manager.ones(new Shape(10, 1, 20, 20));

        float kept = Corruption.MASKING.apply(clean, 0.5f, new DeviceScalars(manager)).mean().getFloat();
        NDArray noisy = Corruption.GAUSSIAN.apply(clean.mul(0.5f), 0.3f, new DeviceScalars(manager));

        assertThat(kept).isBetween(0.45f, 0.55f);
        assertThat(noisy.min().getFloat()).isGreaterThanOrEqualTo(0f);
        assertThat(noisy.max().getFloat()).isLessThanOrEqualTo(1f);
        assertThat(Corruption.NONE.apply(clean, 0.5f, new DeviceScalars(manager))).isSameAs(clean);
    }
}
