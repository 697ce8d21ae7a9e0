package org.deepcanvas.lab.autoencode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.deepcanvas.data.FashionMnist;
import org.deepcanvas.nn.autoencode.ImageShape;

/** Small slices of the bundled Fashion-MNIST for fast tests. */
final class TinyData {
    private static FashionMnist train;
    private static FashionMnist test;

    private TinyData() {}

    static synchronized AutoencodeData fashion(int trainCount, int testCount) {
        try {
            if (train == null) {
                train = FashionMnist.train();
                test = FashionMnist.test();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int pixels = FashionMnist.PIXELS_PER_IMAGE;
        return new AutoencodeData(new ImageShape(1, 28, 28),
                Arrays.copyOf(train.pixels(), trainCount * pixels),
                Arrays.copyOf(test.pixels(), testCount * pixels),
                Arrays.copyOf(test.labels(), testCount),
                FashionMnist.CLASS_NAMES);
    }
}
