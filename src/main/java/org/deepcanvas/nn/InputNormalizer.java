package org.deepcanvas.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;

/**
 * A network's {@link Preprocessing} with its mean, std and luma weights already on the
 * device, for loops that normalise an image every step (making them each time would copy
 * three small arrays from the host per step). Owned by one thread, like every array.
 */
public final class InputNormalizer implements AutoCloseable {
    private static final float[] LUMA = {0.299f, 0.587f, 0.114f};

    private final int channels;
    private final NDArray mean;
    private final NDArray std;
    private final NDArray luma;

    InputNormalizer(NDManager manager, Preprocessing preprocessing) {
        this.channels = preprocessing.channels();
        this.mean = column(manager, preprocessing.mean());
        this.std = column(manager, preprocessing.std());
        this.luma = column(manager, LUMA);
        NDScope.unregister(mean, std, luma);
    }

    /** The input channels the network wants (1 grey, 3 RGB). */
    public int channels() {
        return channels;
    }

    /** See {@link Preprocessing#normalize}: same result, no host copies. */
    public NDArray apply(NDArray image) {
        long imageChannels = image.getShape().get(1);
        NDArray x = image;
        if (imageChannels == 3 && channels == 1) {
            x = image.mul(luma).sum(new int[] {1}, true);
        } else if (imageChannels == 1 && channels == 3) {
            x = image.repeat(1, 3);
        } else if (imageChannels != channels) {
            throw new IllegalArgumentException("images need 1 or 3 channels, not " + imageChannels);
        }
        return x.sub(mean).div(std);
    }

    static NDArray column(NDManager manager, float[] values) {
        return manager.create(values).reshape(1, values.length, 1, 1);
    }

    @Override
    public void close() {
        mean.close();
        std.close();
        luma.close();
    }
}
