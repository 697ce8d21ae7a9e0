package org.deepcanvas.lab.imageopt;

/**
 * What every image optimisation's settings record says besides its objective: which
 * network, how large, and how the image moves. Dream, guide and style settings implement it.
 */
public interface ImageSettings {
    /** The model library id of the feature network. */
    String network();

    /** The longest side of the output in pixels. */
    int size();

    OptimiserSettings optimiser();

    OctaveSettings octaves();

    /** The fractal zoom after the pyramid; {@link ZoomSettings#NONE} for none. */
    default ZoomSettings zoom() {
        return ZoomSettings.NONE;
    }

    /** The largest output side the panes and commands offer. */
    int MAX_SIZE = 1024;
    /** The smallest output side that still leaves VGG's deepest layers a few cells. */
    int MIN_SIZE = 32;
}
