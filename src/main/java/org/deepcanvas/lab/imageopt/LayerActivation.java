package org.deepcanvas.lab.imageopt;

import ai.djl.ndarray.NDArray;
import java.util.Set;

/**
 * The classic dream term: make a layer (or one of its channels, a "neuron") respond more
 * strongly, by the mean of its activation or the mean of its square (the L2 objective of
 * Google's DeepDream notebook, which favours the strongest responses).
 *
 * @param channel one channel of the layer, or -1 for all of them
 */
public record LayerActivation(String layer, int channel, Measure measure) implements Term {

    public enum Measure {
        MEAN("mean"),
        L2("L2");

        private final String word;

        Measure(String word) {
            this.word = word;
        }
    }

    public LayerActivation {
        if (channel < -1) {
            throw new IllegalArgumentException("channel must be 0 or more (or -1 for the whole layer), not " + channel);
        }
    }

    public static LayerActivation wholeLayer(String layer) {
        return new LayerActivation(layer, -1, Measure.MEAN);
    }

    @Override
    public String label() {
        return layer + (channel >= 0 ? " channel " + channel : "") + " " + measure.word;
    }

    @Override
    public Set<String> layers() {
        return Set.of(layer);
    }

    @Override
    public NDArray loss(Features features) {
        NDArray activation = features.activation(layer);
        if (channel >= 0) {
            long channels = activation.getShape().get(1);
            if (channel >= channels) {
                throw new IllegalArgumentException("channel " + channel + " is out of range for " + layer
                        + ": it has " + channels + " channels (0 to " + (channels - 1) + ")");
            }
            activation = activation.get(":, " + channel);
        }
        NDArray measured = measure == Measure.L2 ? activation.square() : activation;
        return measured.mean().neg();
    }

    @Override
    public NDArray reading(Features features, NDArray loss) {
        return loss.neg();
    }
}
