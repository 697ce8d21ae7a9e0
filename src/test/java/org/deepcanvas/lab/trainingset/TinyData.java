package org.deepcanvas.lab.trainingset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.deepcanvas.data.FashionMnist;
import org.deepcanvas.nn.ImageShape;

/** Small slices of the bundled Fashion-MNIST for fast tests. */
public final class TinyData {
    private static FashionMnist train;
    private static FashionMnist test;

    private TinyData() {}

    public static synchronized TrainingSet fashion(int trainCount, int testCount) {
        try {
            if (train == null) {
                train = FashionMnist.train();
                test = FashionMnist.test();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int pixels = FashionMnist.PIXELS_PER_IMAGE;
        return new TrainingSet(new ImageShape(1, 28, 28),
                Arrays.copyOf(train.pixels(), trainCount * pixels),
                Arrays.copyOf(test.pixels(), testCount * pixels),
                Arrays.copyOf(test.labels(), testCount),
                FashionMnist.CLASS_NAMES);
    }
}
