package org.deepcanvas.lab.trainingset;

import java.io.IOException;
import java.util.List;
import org.deepcanvas.data.Dataset;

/** What a generative model trains on: the bundled Fashion-MNIST, or the studio's dataset resized. */
public record TrainingSource(boolean fashionMnist, int side, boolean colour) {
    public static final TrainingSource FASHION_MNIST = new TrainingSource(true, 28, false);

    /** Reads or converts the images; slow enough to run off the FX thread. */
    public TrainingSet load(Dataset dataset, long seed) throws IOException {
        if (fashionMnist) {
            return TrainingSet.fashionMnist();
        }
        if (dataset == null || dataset.entries().size() < 2) {
            throw new IOException("the dataset needs at least two images; add some in the Dataset pane");
        }
        return TrainingSet.fromImages(List.copyOf(dataset.images()), side, colour, seed);
    }

    public String describe() {
        return fashionMnist ? "Fashion-MNIST" : "dataset at " + side + " px" + (colour ? ", colour" : ", gray");
    }
}
