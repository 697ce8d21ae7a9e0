package org.deepcanvas.ui.shell;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.deepcanvas.runtime.JobState;

/** The shell's view of a pane that trains something: the Run menu, the navigation badge, the status bar. */
public interface RunControls {
    /** The job's name for the user, such as "Pixel painting". */
    String name();

    void start();

    void pause();

    void stop();

    ObservableBooleanValue canStart();

    ObservableBooleanValue canPause();

    ObservableBooleanValue canStop();

    /** The job's state on the FX thread. */
    ReadOnlyObjectProperty<JobState> stateProperty();

    /** Steps done by the current run (read from any thread). */
    long steps();
}
