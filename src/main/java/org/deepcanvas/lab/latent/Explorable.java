package org.deepcanvas.lab.latent;

import java.io.IOException;
import org.deepcanvas.lab.trainingset.TrainingSet;

/** A job whose network can be looked into between two steps: what the latent explorer panel talks to. */
public interface Explorable {
    /** How many labelled test images a class attribute is averaged over. */
    int ATTRIBUTE_IMAGES = 2000;

    /** The latent tools for the current network (compute thread, while the job is started). */
    LatentExplorer explorer();

    /** The images the job trains on (plain Java, safe from any thread). */
    TrainingSet data();

    /** Whether {@link #classAttribute} can answer: the images are labelled and the network encodes (compute thread). */
    default boolean offersClassAttributes() {
        return data().labelled() && explorer().canEncode();
    }

    /**
     * The mean code of class {@code more} minus that of class {@code less} (compute thread).
     *
     * @throws IOException when a network it needs (a classifier) cannot be read
     */
    default AttributeVector classAttribute(int more, int less) throws IOException {
        return explorer().attributeFromLabels(data(), more, less, ATTRIBUTE_IMAGES);
    }
}
