package org.deepcanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javax.imageio.ImageIO;
import org.deepcanvas.export.PngExport;
import org.deepcanvas.lab.style.StyleSettings;
import org.deepcanvas.runtime.JobHandle;
import org.deepcanvas.ui.canvas.LiveCanvas;
import org.deepcanvas.ui.controls.LogSlider;
import org.deepcanvas.ui.training.ImageWell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A style transfer from its pane: content and style dropped in, frames stream, the style weight is live, PNG and GIF. */
class StylePaneTest extends StudioTestBase {
    private static final Path SAMPLES = Path.of("assets", "samples");

    @TempDir
    Path folder;

    @Test
    void droppedPicturesStyliseLiveAndExportAsPngAndGif(FxRobot robot) throws Exception {
        robot.clickOn("Style net");
        robot.interact(() -> robot.lookup("#style-size").queryAs(Spinner.class).getValueFactory().setValue(64));
        ImageWell content = robot.lookup("#style-content").queryAs(ImageWell.class);
        ImageWell style = robot.lookup("#style-style-1").queryAs(ImageWell.class);
        robot.interact(() -> {
            content.load(SAMPLES.resolve("astronaut.png"));
            style.load(SAMPLES.resolve("gravel.png"));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> content.image().isPresent() && style.image().isPresent());
        assertThat(robot.lookup("#style-estimate").queryAs(Label.class).getText()).contains("64 px needs about");
        LiveCanvas output = robot.lookup("#style-output").queryAs(LiveCanvas.class);
        Label progress = robot.lookup("#style-progress").queryAs(Label.class);

        robot.clickOn("#run-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> progressStep(progress) >= 3);
        assertThat(output.current()).isPresent();
        assertThat(output.current().get().width()).isEqualTo(64);
        assertThat(robot.lookup("#style-running").queryAs(Label.class).getText()).startsWith("Adam is optimising");

        robot.interact(() -> robot.lookup("#style-style-weight").queryAs(LogSlider.class).setValue(1e4));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runningStyle().settings().styleWeight() == 1e4);
        long before = progressStep(progress);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> progressStep(progress) > before + 2);
        assertThat(runningStyle().state().message()).doesNotStartWith("restarted");

        robot.clickOn("#run-pause");
        Path png = folder.resolve("style.png");
        Path gif = folder.resolve("style.gif");
        exportTargets.add(png);
        exportTargets.add(gif);
        robot.clickOn("File").clickOn("#menu-export-image");
        waitForFile(png);
        robot.clickOn("File").clickOn("#menu-export-gif");
        waitForFile(gif);
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(64);
        assertThat(PngExport.readProvenance(png)).get().satisfies(p -> {
            assertThat(p.settings().get("styleWeight").getAsDouble()).isEqualTo(1e4);
            assertThat(p.inputs()).extracting(input -> input.role() + " " + input.name())
                    .containsExactly("content astronaut.png", "style gravel.png");
        });
        assertThat(gifFrameCount(gif)).isGreaterThanOrEqualTo(2);
    }

    @SuppressWarnings("unchecked")
    private JobHandle<StyleSettings> runningStyle() {
        return (JobHandle<StyleSettings>) studio.runtime().jobs().stream()
                .filter(handle -> handle.settings() instanceof StyleSettings).findFirst().orElseThrow();
    }

    private static long progressStep(Label progress) {
        String text = progress.getText();
        return text.startsWith("step ") ? Long.parseLong(text.split(" ")[1]) : 0;
    }
}
