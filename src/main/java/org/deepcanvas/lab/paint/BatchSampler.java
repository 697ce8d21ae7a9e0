package org.deepcanvas.lab.paint;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.util.Random;

/**
 * Draws random pixel batches (with replacement) for many steps at once: one upload of
 * row numbers and one gather per table every few hundred steps, then each step just
 * takes the next prepared view. That spares every step an upload and two gathers, which
 * on tiny batches cost more than they compute. The rows drawn are the same as drawing
 * one batch per step from the same generator, as long as the batch size stays the same.
 */
final class BatchSampler implements AutoCloseable {
    private static final int ROWS_PER_REFILL = 20_000;

    private final NDManager manager;
    private final NDArray inputs;
    private final NDArray colours;
    private final Random random;
    private NDList inputBatches = new NDList();
    private NDList colourBatches = new NDList();
    private int batchSize;
    private int next;

    BatchSampler(NDManager manager, NDArray inputs, NDArray colours, Random random) {
        this.manager = manager;
        this.inputs = inputs;
        this.colours = colours;
        this.random = random;
    }

    /** The next batch as {inputs, colours}; a changed batch size takes effect at once. */
    NDArray[] next(int size) {
        if (size != batchSize || next == inputBatches.size()) {
            refill(size);
        }
        NDArray[] batch = {inputBatches.get(next), colourBatches.get(next)};
        next++;
        return batch;
    }

    private void refill(int size) {
        close();
        int batches = Math.max(1, ROWS_PER_REFILL / size);
        long rowCount = inputs.getShape().get(0);
        long[] rows = new long[batches * size];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = random.nextInt((int) rowCount);
        }
        try (NDScope scope = new NDScope()) {
            NDArray picked = manager.create(rows);
            inputBatches = inputs.get(picked).split(batches);
            colourBatches = colours.get(picked).split(batches);
            NDScope.unregister(inputBatches);
            NDScope.unregister(colourBatches);
        }
        batchSize = size;
        next = 0;
    }

    @Override
    public void close() {
        inputBatches.close();
        colourBatches.close();
        inputBatches = new NDList();
        colourBatches = new NDList();
    }
}
