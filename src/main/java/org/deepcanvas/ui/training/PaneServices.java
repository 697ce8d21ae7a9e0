package org.deepcanvas.ui.training;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import org.deepcanvas.runtime.ComputeRuntime;
import org.deepcanvas.ui.shell.BackgroundWork;
import org.deepcanvas.ui.shell.ExportActions;

/**
 * What every training pane uses from the studio.
 *
 * @param runtime the one compute thread all jobs run on
 * @param work long work off the FX thread, with progress in the status bar
 * @param exports PNG and GIF export
 * @param status the status bar's message
 * @param engineProblem why the deep learning engine could not load, empty while it can
 */
public record PaneServices(ComputeRuntime runtime, BackgroundWork work, ExportActions exports,
                           StringProperty status, ReadOnlyStringProperty engineProblem) {}
