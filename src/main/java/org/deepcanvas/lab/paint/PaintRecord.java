package org.deepcanvas.lab.paint;

/**
 * The names a painting's provenance uses, shared by the Pixel painting pane and the paint
 * command so that both write the same record (and `rerun` reads either).
 */
public final class PaintRecord {
    /** The experiment's name in provenance, and the command's. */
    public static final String EXPERIMENT = "paint";
    /** The network, trained from the seed in every run. */
    public static final String NETWORK = "coordinate-network";
    /** The role of the one image painted. */
    public static final String IMAGE = "image";
    /** The role of the images painted at once. */
    public static final String DATASET = "dataset";
    /** The option holding the training size (the longer side of one image). */
    public static final String SIZE = "size";

    private PaintRecord() {}
}
