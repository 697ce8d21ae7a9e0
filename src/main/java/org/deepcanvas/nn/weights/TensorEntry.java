package org.deepcanvas.nn.weights;

import ai.djl.ndarray.types.Shape;

/**
 * One tensor a weight file's header describes.
 *
 * @param begin first byte of its data, counted from the start of the data section
 * @param end one past its last byte
 */
public record TensorEntry(String name, TensorType type, Shape shape, long begin, long end) {
    public long byteCount() {
        return end - begin;
    }
}
