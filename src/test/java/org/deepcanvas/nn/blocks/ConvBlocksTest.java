package org.deepcanvas.nn.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import java.util.List;
import org.deepcanvas.nn.ImageShape;
import org.deepcanvas.nn.blocks.ConvDecoder.Level;
import org.junit.jupiter.api.Test;

class ConvBlocksTest {
    private static final ImageShape FASHION = new ImageShape(1, 28, 28);

    @Test
    void aDiscriminatorHalvesTwiceWithBatchNormAfterTheFirstConvolutionOnly() {
        ConvEncoder discriminator = new ConvEncoder(List.of(32, 64), 4, Nonlinearity.LEAKY_RELU, true, 1);
        try (NDManager manager = NDManager.newBaseManager()) {
            SequentialBlock block = discriminator.build();
            block.initialize(manager, DataType.FLOAT32, FASHION.batch(1));

            NDArray logits = forward(block, manager.randomNormal(FASHION.batch(3)), manager);

            assertThat(logits.getShape()).isEqualTo(new Shape(3, 1));
            assertThat(discriminator.featureSizes(28, 28)).containsExactly(new int[] {28, 28}, new int[] {14, 14},
                    new int[] {7, 7});
            assertThat(block.getChildren().keys()).containsExactly("01Conv2d", "02LambdaBlock", "03Conv2d",
                    "04BatchNorm", "05LambdaBlock", "06LambdaBlock", "07Linear");
        }
    }

    @Test
    void aGeneratorUpsamplesTwiceThenMakesTheImageAtFullSizeInMinusOneToOne() {
        ConvDecoder generator = new ConvDecoder(Level.sameSize(128, 7, 7),
                List.of(Level.upsampled(64, 14, 14), Level.upsampled(32, 28, 28), Level.sameSize(1, 28, 28)),
                Nonlinearity.RELU, Nonlinearity.TANH, true);
        try (NDManager manager = NDManager.newBaseManager()) {
            SequentialBlock block = generator.build();
            block.initialize(manager, DataType.FLOAT32, new Shape(1, 100));

            NDArray images = forward(block, manager.randomNormal(new Shape(4, 100)).mul(5), manager);

            assertThat(images.getShape()).isEqualTo(FASHION.batch(4));
            assertThat(images.abs().max().getFloat()).isLessThanOrEqualTo(1f);
            long batchNorms = block.getChildren().keys().stream().filter(k -> k.endsWith("BatchNorm")).count();
            assertThat(batchNorms).as("after the dense layer and both hidden convolutions").isEqualTo(3);
        }
    }

    @Test
    void aMirroredDecoderWalksTheEncodersSizesBackUp() {
        ConvEncoder encoder = new ConvEncoder(List.of(16, 16, 16), 4, Nonlinearity.RELU, false, 2);

        ConvDecoder decoder = ConvDecoder.mirroring(encoder, FASHION, Nonlinearity.RELU, Nonlinearity.SIGMOID, false);

        assertThat(decoder.start()).isEqualTo(Level.sameSize(16, 3, 3));
        assertThat(decoder.levels()).containsExactly(Level.upsampled(16, 7, 7), Level.upsampled(16, 14, 14),
                Level.upsampled(1, 28, 28));
    }

    @Test
    void aLevelThatIsNotUpsampledMustKeepTheSize() {
        assertThatThrownBy(() -> new ConvDecoder(Level.sameSize(8, 7, 7), List.of(Level.sameSize(1, 14, 14)),
                Nonlinearity.RELU, Nonlinearity.TANH, false)).hasMessageContaining("keeps the size before it, 7x7");
        assertThatThrownBy(() -> new ConvEncoder(List.of(8, 8, 8, 8, 8, 8), 4, Nonlinearity.RELU, false, 2)
                .featureSizes(28, 28)).hasMessageContaining("too many strided layers");
    }

    private static NDArray forward(SequentialBlock block, NDArray input, NDManager manager) {
        return block.forward(new ParameterStore(manager, false), new NDList(input), true).singletonOrThrow();
    }
}
