package org.deepcanvas.ui.shell;

/** What the menu bar asks the window to do. */
interface StudioActions {
    void openImages();

    void openFolder();

    /** Opens a result PNG and offers to restore the pane that made it. */
    void openResult();

    void exportImage();

    void exportGif();

    /** Stops every training job, on every pane. */
    void stopAll();

    void models();

    void quit();

    void about();
}
