package org.deepcanvas.nn.blocks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.List;
import ai.djl.nn.SequentialBlock;

/**
 * A {@link SequentialBlock} that runs every 2x {@link NearestUpsample} followed by a 3x3
 * {@link Conv2d} as one sub-pixel convolution at the small size
 * ({@link org.deepcanvas.nn.layers.SubPixelConvolution}): the same function, a quarter of the
 * pixels, no upsampled image. The children stay as they are, so saved weights keep their
 * names and each child still works on its own.
 */
public class SubPixelSequentialBlock extends SequentialBlock {

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        if (isReturnIntermediate()) {
            return super.forwardInternal(parameterStore, inputs, training, params);
        }
        List<Block> blocks = children.values();
        NDList current = inputs;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (block instanceof NearestUpsample upsample && next instanceof Conv2d conv && conv.fusesNearest2x()
                    && upsample.doubles(current.singletonOrThrow().getShape())) {
                NDArray out = conv.forwardAfterNearest2x(parameterStore, current.singletonOrThrow(), training);
                current = new NDList(out);
                i++;
            } else {
                current = block.forward(parameterStore, current, training);
            }
        }
        return current;
    }
}
