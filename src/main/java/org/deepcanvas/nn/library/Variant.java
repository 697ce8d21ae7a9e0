package org.deepcanvas.nn.library;

import java.util.Locale;

/**
 * Which weights of a catalogue network an install downloads: the convolutional features
 * (all that dream, guide and style read; a tenth of VGG's file) or the whole file, whose
 * classifier class dreams need.
 */
public enum Variant {
    FEATURES("features only"),
    FULL("full file");

    private final String description;

    Variant(String description) {
        this.description = description;
    }

    /** "features only", "full file". */
    public String describe() {
        return description;
    }

    /** The key in model.json and pins.json: "features", "full". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
