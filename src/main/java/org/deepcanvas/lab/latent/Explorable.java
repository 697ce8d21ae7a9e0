package org.deepcanvas.lab.latent;

import org.deepcanvas.lab.trainingset.TrainingSet;

/** A job whose network can be looked into between two steps: what the latent explorer panel talks to. */
public interface Explorable {
    /** The latent tools for the current network (compute thread, while the job is started). */
    LatentExplorer explorer();

    /** The images the job trains on (plain Java, safe from any thread). */
    TrainingSet data();
}
