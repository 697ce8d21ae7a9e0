package org.deepcanvas.ui.shell;

import org.deepcanvas.export.Provenance;

/** A pane that can be put back into the state a result (or a preset) records. */
public interface Restorable {
    /** The experiment id provenance names, the CLI's: "paint", "autoencode". */
    String experiment();

    /**
     * Fills the pane's settings, seed and (where the files are still there) inputs from
     * the provenance; a part that cannot be used is named in the status bar, the rest applies.
     */
    void restore(Provenance provenance);
}
