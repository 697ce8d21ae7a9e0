package org.deepcanvas.nn.embedded;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.deepcanvas.data.FashionMnist;
import org.deepcanvas.nn.Architecture;
import org.deepcanvas.nn.LayeredNet;
import org.deepcanvas.nn.Preprocessing;
import org.deepcanvas.nn.WeightBinder;
import org.deepcanvas.nn.WeightFile;
import org.deepcanvas.nn.layers.ConvLayer;
import org.deepcanvas.nn.layers.LinearLayer;
import org.deepcanvas.nn.layers.MaxPoolLayer;
import org.deepcanvas.nn.layers.ReluLayer;

/**
 * A compact CNN trained by this project on Fashion-MNIST (28 x 28 grey), shipped in
 * assets/models so class dreaming ("Sneaker", "Bag") works offline. Trained by
 * {@link FashionTrainer}; see docs/models.md for its accuracy.
 */
public final class FashionClassifier {
    public static final String RESOURCE = "/assets/models/fashion-cnn.safetensors";
    /** Mean and std of the Fashion-MNIST training pixels (values 0..1). */
    private static final Preprocessing PREPROCESSING =
            new Preprocessing(1, FashionMnist.SIDE, new float[] {0.2860f}, new float[] {0.3530f});

    private FashionClassifier() {}

    public static Architecture architecture() {
        return new Architecture("fashion-cnn", "Fashion-MNIST classifier", PREPROCESSING, List.of(
                ConvLayer.same("conv1", "features.0", 1, 16, 3),
                new ReluLayer("relu1"),
                new MaxPoolLayer("pool1", 2),
                ConvLayer.same("conv2", "features.3", 16, 32, 3),
                new ReluLayer("relu2"),
                new MaxPoolLayer("pool2", 2),
                new LinearLayer("fc1", "classifier.0", 32 * 7 * 7, 64),
                new ReluLayer("relu3"),
                new LinearLayer("fc2", "classifier.2", 64, FashionMnist.CLASS_NAMES.size())),
                6, FashionMnist.CLASS_NAMES, List.of("relu2", "fc2"), List.of("relu1", "relu2"), "relu2");
    }

    /** The bundled, trained network. */
    public static LayeredNet load(NDManager parent) throws IOException {
        try (InputStream in = FashionClassifier.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the embedded Fashion-MNIST weights are missing from the build (" + RESOURCE + ")");
            }
            try (NDManager scratch = parent.newSubManager()) {
                Map<String, NDArray> weights = WeightFile.read(scratch, in.readAllBytes(), RESOURCE);
                return WeightBinder.bind(architecture(), weights, parent);
            }
        }
    }
}
