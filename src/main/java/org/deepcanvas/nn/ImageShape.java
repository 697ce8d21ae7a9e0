package org.deepcanvas.nn;

import ai.djl.ndarray.types.Shape;

/** The size of the images a network reads and writes: channels (1 or 3), height, width. */
public record ImageShape(int channels, int height, int width) {
    public ImageShape {
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("images must have 1 or 3 channels, got " + channels);
        }
        if (height < 4 || width < 4) {
            throw new IllegalArgumentException("images must be at least 4x4, got " + width + "x" + height);
        }
    }

    public int values() {
        return channels * height * width;
    }

    /** The NCHW shape of a batch of these images. */
    public Shape batch(long count) {
        return new Shape(count, channels, height, width);
    }
}
