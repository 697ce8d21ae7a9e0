package org.deepcanvas.ui.shell;

import javafx.beans.value.ObservableBooleanValue;

/** The Run menu's view of a pane that trains something. */
public interface RunControls {
    void start();

    void pause();

    void stop();

    ObservableBooleanValue canStart();

    ObservableBooleanValue canPause();

    ObservableBooleanValue canStop();
}
