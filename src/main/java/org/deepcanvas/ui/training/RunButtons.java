package org.deepcanvas.ui.training;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.deepcanvas.runtime.JobState;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** Start, pause and stop buttons for a pane's job, with the job's state and message below. */
public final class RunButtons extends VBox {
    public RunButtons(TrainingSession<?> session, ReadOnlyStringProperty engineProblem) {
        setSpacing(6);
        Button start = button("Start", new FontIcon(MaterialDesignP.PLAY), session::start);
        start.setId("run-start");
        start.getStyleClass().add("accent-button");
        start.disableProperty().bind(Bindings.not(session.canStart()).or(engineProblem.isNotEmpty()));
        Button pause = button("Pause", new FontIcon(MaterialDesignP.PAUSE), session::pause);
        pause.setId("run-pause");
        pause.disableProperty().bind(Bindings.not(session.canPause()));
        Button stop = button("Stop", new FontIcon(MaterialDesignS.STOP), session::stop);
        stop.setId("run-stop");
        stop.disableProperty().bind(Bindings.not(session.canStop()));
        Label state = new Label();
        state.setId("run-state");
        state.setWrapText(true);
        state.getStyleClass().add("run-state");
        state.textProperty().bind(Bindings.createStringBinding(() -> engineProblem.get().isEmpty()
                ? describe(session.stateProperty().get())
                : "Training is unavailable: " + engineProblem.get(), session.stateProperty(), engineProblem));
        getChildren().addAll(new HBox(6, start, pause, stop), state);
    }

    private static Button button(String text, FontIcon icon, Runnable action) {
        Button button = new Button(text, icon);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static String describe(JobState state) {
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
