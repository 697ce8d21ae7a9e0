package org.deepcanvas.ui.shell;

/** What the menu bar asks the window to do. */
interface StudioActions {
    void openImages();

    void openFolder();

    void exportImage();

    void exportGif();

    void models();

    void quit();

    void about();
}
