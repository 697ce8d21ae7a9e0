package org.deepcanvas.nn.gan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.deepcanvas.nn.ImageShape;
import org.deepcanvas.nn.autoencode.LatentCode;
import org.deepcanvas.nn.gan.GanNetwork.Judgement;
import org.deepcanvas.nn.gan.GanNetwork.Part;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GanNetworkTest {
    private NDManager manager;

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager();
    }

    @AfterEach
    void close() {
        manager.close();
    }

    @Test
    void theBenchmarkModelHasExactlyTheIssuesLayers() {
        GanNetwork network = GanNetwork.create(GanArchitecture.dcgan(), new ImageShape(1, 28, 28), manager);

        // G: Linear 100 -> 128*7*7, BN, conv3x3 128->64, BN, conv3x3 64->32, BN, conv3x3 32->1 (weights + biases)
        long generator = (100 + 1) * 6272 + 2 * 6272 + (128 * 9 + 1) * 64 + 2 * 64 + (64 * 9 + 1) * 32 + 2 * 32
                + (32 * 9 + 1);
        // D: conv4x4 1->32, conv4x4 32->64, BN, Linear 64*7*7 -> 1
        long discriminator = (16 + 1) * 32 + (32 * 16 + 1) * 64 + 2 * 64 + (3136 + 1);
        assertThat(count(network, Part.GENERATOR)).isEqualTo(generator);
        assertThat(count(network, Part.DISCRIMINATOR)).isEqualTo(discriminator);
        assertThat(network.parameters()).as("running mean and variance are saved, not trained")
                .anyMatch(p -> p.getKey().endsWith("runningMean"));
    }

    @Test
    void generatorAndDiscriminatorShapesAtEverySide() {
        for (int side : GanArchitecture.SIDES) {
            for (int channels : new int[] {1, 3}) {
                ImageShape shape = new ImageShape(channels, side, side);
                GanNetwork network = GanNetwork.create(GanArchitecture.dcgan().withFilters(4).withCodeSize(8), shape,
                        manager);

                NDArray images = network.generate(manager.randomNormal(new Shape(3, 8)), true);
                Judgement judgement = network.discriminate(images, true);

                assertThat(images.getShape()).isEqualTo(shape.batch(3));
                assertThat(images.abs().max().getFloat()).isLessThanOrEqualTo(1f);
                assertThat(judgement.logits().getShape()).isEqualTo(new Shape(3, 1));
                int levels = side == 64 ? 3 : 2;
                long features = (4L << (levels - 1)) * (side >> levels) * (side >> levels);
                assertThat(judgement.features().getShape()).isEqualTo(new Shape(3, features));
            }
        }
    }

    @Test
    void aVaeGanEncodesImagesToAMeanAndALogVariance() {
        ImageShape shape = new ImageShape(3, 32, 32);
        GanNetwork network = GanNetwork.create(GanArchitecture.vaeGan().withFilters(4), shape, manager);

        LatentCode code = network.encode(manager.randomUniform(-1f, 1f, shape.batch(5)), false);

        assertThat(code.mean().getShape()).isEqualTo(new Shape(5, 64));
        assertThat(code.logVariance().getShape()).isEqualTo(new Shape(5, 64));
        assertThat(network.trainableWeights(Part.ENCODER)).isNotEmpty();
        GanNetwork dcgan = GanNetwork.create(GanArchitecture.dcgan().withFilters(4), shape, manager);
        assertThatThrownBy(() -> dcgan.encode(manager.zeros(shape.batch(1)), false)).hasMessageContaining("no encoder");
    }

    @Test
    void refusesSidesItIsNotBuiltFor() {
        assertThatThrownBy(() -> GanNetwork.create(GanArchitecture.dcgan(), new ImageShape(1, 48, 48), manager))
                .hasMessageContaining("28, 32 or 64");
    }

    private static long count(GanNetwork network, Part part) {
        return network.trainableWeights(part).stream().mapToLong(w -> w.getShape().size()).sum();
    }
}
