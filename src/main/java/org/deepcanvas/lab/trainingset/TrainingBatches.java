package org.deepcanvas.lab.trainingset;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.util.Arrays;
import java.util.Random;
import org.deepcanvas.nn.Shuffle;

/**
 * A training set's images on the device, served in batches: each epoch gathers them in a
 * new seeded order (one gather per epoch, not one per batch), and a batch is a slice of it.
 * Every trainer draws its batches here. Compute thread only; call {@link #next} inside an
 * NDScope, what this keeps across steps belongs to {@code manager}.
 */
public final class TrainingBatches implements AutoCloseable {
    private final NDManager manager;
    private final NDArray images;
    private final int count;
    private final Random random;
    private NDArray epochOrder;
    private int epoch;
    private int nextIndex;

    /** Uploads the training images of {@code data}; {@code random} orders every epoch. */
    public TrainingBatches(TrainingSet data, NDManager manager, Random random) {
        this.manager = manager;
        this.count = data.trainCount();
        this.images = manager.create(data.train(), data.shape().batch(count));
        this.random = random;
        NDScope.unregister(images);
    }

    /** Steps in one pass over the training images at a batch size. */
    public static long stepsPerEpoch(TrainingSet data, int batchSize) {
        return (data.trainCount() + batchSize - 1) / batchSize;
    }

    /** Completed passes over the training images. */
    public int epochsDone() {
        return epoch;
    }

    /** The next {@code batchSize} images of this epoch's order (fewer at the end of an epoch). */
    public NDArray next(int batchSize) {
        if (epochOrder == null || nextIndex >= count) {
            if (epochOrder != null) {
                epochOrder.close();
            }
            epochOrder = shuffled();
            nextIndex = 0;
        }
        int end = Math.min(count, nextIndex + batchSize);
        NDArray batch = epochOrder.get(nextIndex + ":" + end);
        nextIndex = end;
        if (nextIndex >= count) {
            epoch++;
        }
        return batch;
    }

    private NDArray shuffled() {
        long[] order = Arrays.stream(Shuffle.order(count, random)).asLongStream().toArray();
        NDArray gathered = images.get(manager.create(order));
        NDScope.unregister(gathered);
        return gathered;
    }

    @Override
    public void close() {
        images.close();
        if (epochOrder != null) {
            epochOrder.close();
        }
    }
}
