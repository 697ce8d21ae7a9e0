package org.deepcanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javax.imageio.ImageIO;
import org.deepcanvas.ui.canvas.LiveCanvas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A run started from the Pixel Painting pane streams frames, pauses, exports a GIF, and draws larger than it trains. */
class PaintPaneTest extends StudioTestBase {
    @TempDir
    Path folder;

    @Test
    void startStreamsFramesPauseHoldsAndTheRunExportsAsGif(FxRobot robot) throws Exception {
        robot.interact(() -> studio.loadSamples());
        waitForImages(robot, 11);
        robot.clickOn("Pixel painting");
        LiveCanvas prediction = robot.lookup("#paint-output").queryAs(LiveCanvas.class);
        assertThat(prediction.current()).isEmpty();

        robot.clickOn("#run-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> progressStep(robot) >= 200);
        assertThat(prediction.current()).isPresent();
        assertThat(prediction.current().get().width()).isEqualTo(100);

        robot.clickOn("#run-pause");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#run-state").queryAs(Label.class).getText().startsWith("Paused"));
        long pausedAt = progressStep(robot);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(progressStep(robot)).isEqualTo(pausedAt);

        Path gif = folder.resolve("painting.gif");
        exportTargets.add(gif);
        robot.clickOn("File").clickOn("#menu-export-gif");
        waitForFile(gif);
        assertThat(gifFrameCount(gif)).isGreaterThanOrEqualTo(2);

        ComboBox<Integer> drawAt = robot.lookup("#paint-render-size").queryComboBox();
        robot.interact(() -> drawAt.setValue(256));
        robot.clickOn("#run-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> prediction.current().map(frame -> frame.width() == 256).orElse(false));
        Path png = folder.resolve("large.png");
        exportTargets.add(png);
        robot.clickOn("File").clickOn("#menu-export-image");
        waitForFile(png);
        assertThat(ImageIO.read(png.toFile()).getWidth()).as("the PNG is drawn at the chosen size, not the 100 px trained on")
                .isEqualTo(256);
    }

    private static long progressStep(FxRobot robot) {
        String text = robot.lookup("#paint-progress").queryAs(Label.class).getText();
        return text.startsWith("step ") ? Long.parseLong(text.split(" ")[1]) : 0;
    }
}
