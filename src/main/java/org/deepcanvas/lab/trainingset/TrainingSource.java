package org.deepcanvas.lab.trainingset;

import java.io.IOException;
import java.util.List;
import org.deepcanvas.data.Dataset;

/**
 * What a generative model trains on: the bundled Fashion-MNIST (28 px, or resized for a
 * 32 or 64 px GAN), or the studio's dataset resized, grey or colour.
 */
public record TrainingSource(boolean fashionMnist, int side, boolean colour) {
    /** The role of the training images in a result's provenance. */
    public static final String ROLE = "dataset";
    public static final TrainingSource FASHION_MNIST = new TrainingSource(true, 28, false);

    /** Reads or converts the images; slow enough to run off the FX thread. */
    public TrainingSet load(Dataset dataset, long seed) throws IOException {
        if (fashionMnist) {
            return TrainingSet.fashionMnist().resized(side);
        }
        if (dataset == null || dataset.entries().size() < 2) {
            throw new IOException("the dataset needs at least two images; add some in the Dataset pane");
        }
        return TrainingSet.fromImages(List.copyOf(dataset.images()), side, colour, seed);
    }

    public String describe() {
        if (fashionMnist) {
            return side == FASHION_MNIST.side ? "Fashion-MNIST" : "Fashion-MNIST at " + side + " px";
        }
        return "dataset at " + side + " px" + (colour ? ", colour" : ", gray");
    }
}
