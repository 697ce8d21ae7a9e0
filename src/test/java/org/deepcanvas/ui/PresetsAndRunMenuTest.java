package org.deepcanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.deepcanvas.lab.paint.PaintSettings;
import org.deepcanvas.runtime.JobState.Phase;
import org.deepcanvas.ui.controls.LogSlider;
import org.deepcanvas.ui.shell.RunControls;
import org.deepcanvas.ui.shell.StudioPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A pane's settings saved and loaded by name; the Run menu and its keys from wherever the user is. */
class PresetsAndRunMenuTest extends StudioTestBase {
    @Test
    void aPresetBringsItsSettingsBackAndStopAllStopsAPaneThatIsNotShown(FxRobot robot) throws Exception {
        robot.interact(() -> studio.loadSamples());
        waitForImages(robot, 11);
        robot.clickOn("Pixel painting");
        StudioPane painting = studio.panes().get(1);
        RunControls run = painting.runControls().orElseThrow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> run.canStart().get());

        LogSlider learningRate = robot.lookup("#paint-learning-rate").queryAs(LogSlider.class);
        Spinner<Integer> batch = robot.lookup("#paint-batch").queryAs(Spinner.class);
        robot.interact(() -> {
            learningRate.setValue(0.02);
            batch.getValueFactory().setValue(77);
        });
        names.add("bold strokes");
        robot.clickOn("#paint-presets").clickOn("Save current settings…");
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).isEqualTo("Saved the preset \"bold strokes\"");
        robot.clickOn("#paint-reset");
        assertThat(settings(painting)).isEqualTo(PaintSettings.DEFAULT);
        robot.clickOn("#paint-presets").clickOn("bold strokes");
        assertThat(settings(painting).learningRate()).isEqualTo(0.02);
        assertThat(settings(painting).batchSize()).isEqualTo(77);

        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> phase(run) == Phase.RUNNING);
        robot.clickOn("Dataset");
        robot.clickOn("Run").clickOn("#menu-stop-all");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> phase(run) == Phase.STOPPED);
    }

    private static PaintSettings settings(StudioPane pane) {
        return pane.exportable().orElseThrow().provenance().settingsAs(PaintSettings.class);
    }

    private static Phase phase(RunControls run) {
        List<Phase> phase = new ArrayList<>();
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> phase.add(run.stateProperty().get().phase()));
        return phase.get(0);
    }
}
