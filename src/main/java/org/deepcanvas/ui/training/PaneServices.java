package org.deepcanvas.ui.training;

import java.io.IOException;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.deepcanvas.data.Dataset;
import org.deepcanvas.export.InputFile;
import org.deepcanvas.runtime.ComputeRuntime;
import org.deepcanvas.ui.shell.BackgroundWork;
import org.deepcanvas.ui.shell.ExportActions;
import org.deepcanvas.ui.shell.Prompts;

/**
 * What every training pane uses from the studio.
 *
 * @param runtime the one compute thread all jobs run on
 * @param work long work off the FX thread, with progress in the status bar
 * @param exports PNG and GIF export
 * @param prompts the questions asked of the user (file choosers, confirmations)
 * @param status the status bar's message
 * @param engineProblem why the deep learning engine could not load, empty while it can
 * @param dataset the Dataset pane's images (image wells pick from them)
 * @param datasetInputs where the dataset's images came from, for the provenance of a result made from them
 */
public record PaneServices(ComputeRuntime runtime, BackgroundWork work, ExportActions exports, Prompts prompts,
                           StringProperty status, ReadOnlyStringProperty engineProblem,
                           ObservableValue<Dataset> dataset, DatasetInputs datasetInputs) {
    /** The dataset's sources as provenance records them, in a role such as "dataset". */
    @FunctionalInterface
    public interface DatasetInputs {
        List<InputFile> describe(String role) throws IOException;
    }
}
