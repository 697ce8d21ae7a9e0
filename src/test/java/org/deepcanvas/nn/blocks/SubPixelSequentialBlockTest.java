package org.deepcanvas.nn.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import java.util.List;
import org.deepcanvas.nn.ImageShape;
import org.junit.jupiter.api.Test;

class SubPixelSequentialBlockTest {

    /** The course's decoder: 3x3 -> 7x7 (not a doubling, run as is) -> 14x14 -> 28x28 (both fused). */
    @Test
    void decodesLikeItsChildrenRunOneByOne() {
        ConvEncoder encoder = new ConvEncoder(List.of(16, 16, 16), 4, Nonlinearity.RELU, false, 2);
        ConvDecoder decoder = ConvDecoder.mirroring(encoder, new ImageShape(1, 28, 28), Nonlinearity.RELU,
                Nonlinearity.SIGMOID, false);
        Engine.getInstance().setRandomSeed(5);
        try (NDManager manager = NDManager.newBaseManager()) {
            SequentialBlock block = decoder.build();
            block.initialize(manager, DataType.FLOAT32, new Shape(1, 2));
            ParameterStore parameters = new ParameterStore(manager, false);
            NDArray codes = manager.randomNormal(new Shape(6, 2)).mul(3);

            NDArray fused = block.forward(parameters, new NDList(codes), false).singletonOrThrow();
            NDList oneByOne = new NDList(codes);
            for (Block child : block.getChildren().values()) {
                oneByOne = child.forward(parameters, oneByOne, false);
            }

            assertThat(block).isInstanceOf(SubPixelSequentialBlock.class);
            assertThat(fused.getShape()).isEqualTo(new Shape(6, 1, 28, 28));
            assertThat(fused.allClose(oneByOne.singletonOrThrow(), 1e-5, 1e-5, false)).isTrue();
        }
    }
}
