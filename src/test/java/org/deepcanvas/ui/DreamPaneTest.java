package org.deepcanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import org.deepcanvas.export.PngExport;
import org.deepcanvas.lab.dream.DreamSettings;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.ui.canvas.LiveCanvas;
import org.deepcanvas.ui.dream.DreamPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A dream started from its pane streams frames, takes a slider and a second goal live, exports as
 * a GIF, and goes on from its last result, which its PNG records.
 */
class DreamPaneTest extends StudioTestBase {
    @TempDir
    Path folder;

    @Test
    void aDreamStreamsFramesTakesTheZoomSliderLiveAndExportsAGif(FxRobot robot) throws Exception {
        robot.interact(() -> studio.loadSamples());
        waitForImages(robot, 11);
        robot.clickOn("Deep dream");
        robot.interact(() -> robot.lookup("#dream-size").queryAs(Spinner.class).getValueFactory().setValue(64));
        LiveCanvas dream = robot.lookup("#dream-output").queryAs(LiveCanvas.class);
        Label progress = robot.lookup("#dream-progress").queryAs(Label.class);
        Slider zoom = robot.lookup("#dream-zoom").queryAs(Slider.class);

        robot.clickOn("#run-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> progressStep(progress) >= 4);
        assertThat(dream.current()).isPresent();
        assertThat(dream.current().get().width()).isEqualTo(64);

        robot.interact(() -> zoom.setValue(1.05));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runningDream().settings().zoom().factor() == 1.05f);
        long before = progressStep(progress);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> progressStep(progress) > before + 2);
        assertThat(runningDream().state().message()).doesNotStartWith("restarted");

        robot.interact(() -> robot.lookup("#dream-add-goal").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runningDream().settings().goals().size() == 2);
        assertThat(robot.lookup("#dream-memory").queryAs(Label.class).getText()).contains("MiB");

        robot.clickOn("#run-pause");
        Path gif = folder.resolve("dream.gif");
        exportTargets.add(gif);
        robot.clickOn("File").clickOn("#menu-export-gif");
        waitForFile(gif);
        assertThat(gifFrameCount(gif)).isGreaterThanOrEqualTo(2);

        robot.interact(() -> robot.lookup("#dream-start-from").queryAs(ComboBox.class)
                .setValue(DreamPane.StartFrom.LAST_RESULT));
        robot.clickOn("#run-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> runningDream().steps() >= 2);
        robot.clickOn("#run-pause");
        Path png = folder.resolve("dream-on.png");
        exportTargets.add(png);
        robot.clickOn("File").clickOn("#menu-export-image");
        waitForFile(png);
        assertThat(PngExport.readProvenance(png).orElseThrow().inputs()).as("the picture it went on from")
                .singleElement().satisfies(input -> {
                    assertThat(input.isUnsaved()).isTrue();
                    assertThat(input.name()).isEqualTo("the last result");
                });
    }

    @SuppressWarnings("unchecked")
    private JobHandle<DreamSettings> runningDream() {
        return (JobHandle<DreamSettings>) studio.runtime().jobs().stream()
                .filter(handle -> handle.settings() instanceof DreamSettings).findFirst().orElseThrow();
    }

    /** The step the pane's progress line shows; the label is looked up once, on the FX thread. */
    private static long progressStep(Label progress) {
        String text = progress.getText();
        return text.startsWith("step ") ? Long.parseLong(text.split(" ")[1]) : 0;
    }
}
