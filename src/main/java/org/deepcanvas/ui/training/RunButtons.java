package org.deepcanvas.ui.training;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.deepcanvas.runtime.JobState;
import org.deepcanvas.runtime.JobState.Phase;
import org.deepcanvas.ui.controls.WhyDisabled;
import org.deepcanvas.ui.shell.RunControls;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * Start (Resume while paused), Pause and Stop for a pane's job, with the job's state and
 * message below; a disabled button says why when the mouse rests on it.
 */
final class RunButtons extends VBox {
    RunButtons(RunControls run, ReadOnlyStringProperty engineProblem) {
        setSpacing(6);
        Button start = button("Start", new FontIcon(MaterialDesignP.PLAY), run::start);
        start.setId("run-start");
        start.getStyleClass().add("accent-button");
        start.textProperty().bind(run.stateProperty().map(state -> state.phase() == Phase.PAUSED ? "Resume" : "Start"));
        start.setTooltip(new Tooltip("Train (F5); after a pause, carry on from where it stopped"));
        Button pause = button("Pause", new FontIcon(MaterialDesignP.PAUSE), run::pause);
        pause.setId("run-pause");
        pause.setTooltip(new Tooltip("Hold training; the network and its progress stay (F6)"));
        Button stop = button("Stop", new FontIcon(MaterialDesignS.STOP), run::stop);
        stop.setId("run-stop");
        stop.setTooltip(new Tooltip("End the run and free its memory; Start begins a new one (Shift+F5)"));
        Label state = new Label();
        state.setId("run-state");
        state.setWrapText(true);
        state.getStyleClass().add("run-state");
        state.textProperty().bind(Bindings.createStringBinding(() -> engineProblem.get().isEmpty()
                ? describe(run.stateProperty().get())
                : "Training is unavailable: " + engineProblem.get(), run.stateProperty(), engineProblem));
        getChildren().addAll(new HBox(6, WhyDisabled.wrap(start, whyNoStart(run, engineProblem)),
                WhyDisabled.wrap(pause, unless(run.canPause(), "Not training now: there is nothing to pause")),
                WhyDisabled.wrap(stop, unless(run.canStop(), "No run to stop: Start begins one"))), state);
    }

    private static StringBinding whyNoStart(RunControls run, ReadOnlyStringProperty engineProblem) {
        return Bindings.createStringBinding(() -> {
            if (!engineProblem.get().isEmpty()) {
                return "Training is unavailable: " + engineProblem.get();
            }
            if (run.canStart().get()) {
                return "";
            }
            return run.stateProperty().get().phase() == Phase.RUNNING ? "Already training"
                    : "Needs its inputs first: choose them above";
        }, run.canStart(), run.stateProperty(), engineProblem);
    }

    private static StringBinding unless(ObservableBooleanValue allowed, String reason) {
        return Bindings.createStringBinding(() -> allowed.get() ? "" : reason, allowed);
    }

    private static Button button(String text, FontIcon icon, Runnable action) {
        Button button = new Button(text, icon);
        button.setOnAction(e -> action.run());
        return button;
    }

    static String describe(JobState state) {
        String phase = switch (state.phase()) {
            case IDLE -> "Ready";
            case RUNNING -> "Training…";
            case PAUSED -> "Paused";
            case COMPLETED -> "Done";
            case STOPPED -> "Stopped";
            case FAILED -> "Failed";
            case DIVERGED -> "Diverged — paused";
        };
        return state.message().isEmpty() ? phase : phase + ": " + state.message();
    }
}
