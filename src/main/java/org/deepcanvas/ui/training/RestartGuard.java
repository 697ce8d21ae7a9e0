package org.deepcanvas.ui.training;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.deepcanvas.runtime.JobState.Phase;
import org.deepcanvas.ui.controls.SidePanel;
import org.deepcanvas.ui.shell.Prompts;

/**
 * Carries the controls' settings to the job, so that no change loses or breaks work. A
 * live change goes at once. A change that would restart a network with training in it
 * (layer count, width, architecture) waits instead: this banner says what it would
 * discard and offers "Restart now" or "Keep training"; live changes made meanwhile still
 * reach the job, and the waiting change applies by itself once the run is stopped. And
 * the settings a run diverged with are not started again without asking.
 */
final class RestartGuard<S extends Record> extends VBox {
    private final TrainingSession<S, ?> session;
    private final SettingsControls<S> controls;
    private final Label reason = new Label();
    private S waiting;

    RestartGuard(TrainingSession<S, ?> session, SettingsControls<S> controls) {
        this.session = session;
        this.controls = controls;
        getStyleClass().add("restart-banner");
        setId("restart-banner");
        setSpacing(6);
        reason.setWrapText(true);
        Button restart = new Button("Restart now");
        restart.setId("restart-now");
        restart.setOnAction(e -> {
            boolean paused = session.stateProperty().get().phase() == Phase.PAUSED;
            apply();
            if (paused) {
                session.start();
            }
        });
        Button keep = new Button("Keep training");
        keep.setId("restart-keep");
        keep.setOnAction(e -> controls.show(session.settings().orElse(controls.settings())));
        getChildren().addAll(reason, new HBox(6, restart, keep),
                SidePanel.hint("Or Stop, and the change applies at the next Start."));
        hide();
        controls.settingsProperty().addListener((obs, before, after) -> offer(before, after));
        session.stateProperty().addListener((obs, old, state) -> {
            if (!hasTraining()) {
                flush();
            }
        });
        session.handleProperty().addListener((obs, old, next) -> hide());
    }

    /** After a divergence with the settings unchanged: reset them and start, start anyway, or stay (false). */
    boolean mayStartAfterDivergence(Prompts prompts) {
        S diverged = session.settings().orElse(null);
        if (diverged == null || !diverged.equals(controls.settings())) {
            return true;
        }
        Optional<Integer> answer = prompts.choose("The last run diverged",
                "The last run diverged (" + session.stateProperty().get().message() + ") and the settings are unchanged,"
                        + " so it would likely diverge again.",
                List.of("Reset to defaults and start", "Start anyway"));
        if (answer.isEmpty()) {
            return false;
        }
        if (answer.get() == 0) {
            controls.show(controls.defaults());
        }
        return true;
    }

    private void offer(S before, S after) {
        Optional<String> restart = hasTraining() ? session.restartReason(after) : Optional.empty();
        if (restart.isEmpty()) {
            session.update(after);
            hide();
            return;
        }
        S running = session.settings().orElseThrow();
        RecordChanges.carry(running, before, after)
                .filter(live -> session.restartReason(live).isEmpty())
                .ifPresent(session::update);
        waiting = after;
        reason.setText(capitalised(restart.get()) + ". That restarts the network and discards its "
                + String.format("%,d", session.steps()) + " steps, so it waits.");
        setVisible(true);
        setManaged(true);
    }

    /** Sends the waiting change; the job restarts with it at its next step. */
    private void apply() {
        S next = waiting;
        hide();
        session.update(next);
    }

    private void flush() {
        if (waiting != null) {
            apply();
        }
    }

    private boolean hasTraining() {
        Phase phase = session.stateProperty().get().phase();
        return (phase == Phase.RUNNING || phase == Phase.PAUSED) && session.steps() > 0;
    }

    private void hide() {
        waiting = null;
        setVisible(false);
        setManaged(false);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
