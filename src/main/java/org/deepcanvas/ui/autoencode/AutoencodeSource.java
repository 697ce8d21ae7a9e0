package org.deepcanvas.ui.autoencode;

import java.io.IOException;
import java.util.List;
import org.deepcanvas.data.Dataset;
import org.deepcanvas.lab.autoencode.AutoencodeData;

/** What the autoencoder trains on: the bundled Fashion-MNIST, or the studio's dataset resized. */
record AutoencodeSource(boolean fashionMnist, int side, boolean colour) {
    static final AutoencodeSource FASHION_MNIST = new AutoencodeSource(true, 28, false);

    /** Reads or converts the images; slow enough to run off the FX thread. */
    AutoencodeData load(Dataset dataset, long seed) throws IOException {
        if (fashionMnist) {
            return AutoencodeData.fashionMnist();
        }
        if (dataset == null || dataset.entries().size() < 2) {
            throw new IOException("the dataset needs at least two images; add some in the Dataset pane");
        }
        return AutoencodeData.fromImages(List.copyOf(dataset.images()), side, colour, seed);
    }

    String describe() {
        return fashionMnist ? "Fashion-MNIST" : "dataset at " + side + " px" + (colour ? ", colour" : ", gray");
    }
}
