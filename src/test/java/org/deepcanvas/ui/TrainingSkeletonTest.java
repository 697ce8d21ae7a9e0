package org.deepcanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseButton;
import javax.imageio.ImageIO;
import org.deepcanvas.export.PngExport;
import org.deepcanvas.export.Provenance;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.paint.PaintSettings;
import org.deepcanvas.ui.controls.LogSlider;
import org.deepcanvas.ui.shell.Exportable;
import org.deepcanvas.ui.training.ImageWell;
import org.deepcanvas.ui.shell.StudioPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What every training pane gets from the skeleton, seen on the Pixel painting pane. */
class TrainingSkeletonTest extends StudioTestBase {
    @TempDir
    Path folder;

    @Test
    void runAwarenessTimelineRangeAndResumeReturningToLive(FxRobot robot) throws Exception {
        openPainting(robot);
        robot.clickOn("#run-start");
        waitForFrames(robot, 3);

        assertThat(find(robot, ".training-badge.running", Node.class).isVisible()).isTrue();
        Label jobs = label(robot, "#status-jobs");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> jobs.getText().startsWith("Training Pixel painting: step"));
        int before = rangeFrames(robot);
        waitForFrames(robot, before + 2);
        assertThat(rangeFrames(robot)).as("the GIF range follows new frames").isGreaterThan(before);

        Node highThumb = find(robot, "#frame-range .high-thumb", Node.class);
        robot.drag(highThumb, MouseButton.PRIMARY).moveBy(-60, 0).release(MouseButton.PRIMARY);
        assertThat(live(robot).isSelected()).as("scrubbing leaves live view").isFalse();
        assertThat(selection(robot)).contains("pinned");
        int pinned = rangeFrames(robot);
        waitForFrames(robot, pinned + 3);
        assertThat(rangeFrames(robot)).as("a pinned range stays").isEqualTo(pinned);

        robot.clickOn("#run-pause");
        Button start = start(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> start.getText().equals("Resume"));
        assertThat(find(robot, ".training-badge.paused", Node.class).isVisible()).isTrue();
        robot.clickOn("#run-start");
        assertThat(live(robot).isSelected()).as("Resume returns to live").isTrue();
        assertThat(start(robot).getText()).isEqualTo("Start");

        robot.clickOn("#timeline-whole");
        assertThat(selection(robot)).doesNotContain("pinned");
    }

    @Test
    void aRestartWaitsForTheUserWhileLiveChangesGoThrough(FxRobot robot) throws Exception {
        openPainting(robot);
        robot.clickOn("#run-start");
        Label progress = label(robot, "#paint-progress");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> step(progress.getText()) >= 100);

        Spinner<Integer> layers = find(robot, "#paint-layers", Spinner.class);
        robot.interact(() -> layers.getValueFactory().setValue(8));
        assertThat(find(robot, "#restart-banner", Node.class).isVisible()).isTrue();
        LogSlider learningRate = find(robot, "#paint-learning-rate", LogSlider.class);
        robot.interact(() -> learningRate.setValue(0.004));

        PaintSettings running = runningSettings();
        assertThat(running.hiddenLayers()).as("the network keeps its shape").isEqualTo(6);
        assertThat(running.learningRate()).as("a live change still reaches it").isEqualTo(0.004);
        long stepsBefore = step(progress.getText());
        assertThat(stepsBefore).as("no steps were thrown away").isGreaterThanOrEqualTo(100);

        robot.clickOn("#restart-now");
        Label state = label(robot, "#run-state");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.getText().contains("restarted: layer count changed to 8"));
        assertThat(find(robot, "#restart-banner", Node.class).isVisible()).isFalse();
        assertThat(runningSettings().hiddenLayers()).isEqualTo(8);
    }

    @Test
    void exportAfterAWalkWritesTheWalkAndADroppedResultRestoresThePane(FxRobot robot) throws Exception {
        openPainting(robot);
        robot.clickOn("#paint-many");
        robot.clickOn("#run-start");
        waitForFrames(robot, 2);
        robot.clickOn("#paint-walk");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> painting().baseName().endsWith("-walk"));
        assertThat(painting().baseName()).isEqualTo("dataset-paint-walk");

        Path gif = folder.resolve("walk.gif");
        exportTargets.add(gif);
        robot.clickOn("File").clickOn("#menu-export-gif");
        waitForFile(gif);
        assertThat(gifFrameCount(gif)).as("the walk, not the training frames").isEqualTo(60);

        LogSlider learningRate = find(robot, "#paint-learning-rate", LogSlider.class);
        Spinner<Integer> batch = find(robot, "#paint-batch", Spinner.class);
        robot.interact(() -> {
            learningRate.setValue(0.02);
            batch.getValueFactory().setValue(77);
        });
        Path png = folder.resolve("result.png");
        exportTargets.add(png);
        robot.clickOn("File").clickOn("#menu-export-image");
        waitForFile(png);
        Provenance written = PngExport.readProvenance(png).orElseThrow();
        assertThat(written.experiment()).isEqualTo("paint");
        assertThat(written.settingsAs(PaintSettings.class).batchSize()).isEqualTo(77);
        assertThat(written.step()).as("the step, as the CLI records it").isPositive();
        assertThat(written.network().id()).isEqualTo("coordinate-network");
        assertThat(written.options().get("size").getAsInt()).isEqualTo(100);
        assertThat(written.inputs()).singleElement().satisfies(input -> {
            assertThat(input.role()).isEqualTo("dataset");
            assertThat(input.isBundled()).as("the bundled photos").isTrue();
        });

        robot.clickOn("#paint-reset");
        assertThat(runningSettings()).isEqualTo(PaintSettings.DEFAULT);
        robot.clickOn("Dataset");
        choices.add(0);
        robot.interact(() -> studio.window().importDropped(List.of(png)));
        assertThat(asked).anySatisfy(question -> assertThat(question).contains("result.png was made by Pixel painting"));
        StudioPane shown = robot.lookup("#navigation").<StudioPane>queryListView().getSelectionModel().getSelectedItem();
        assertThat(shown.title()).isEqualTo("Pixel painting");
        assertThat(runningSettings().batchSize()).isEqualTo(77);
        assertThat(runningSettings().learningRate()).isEqualTo(0.02);
    }

    @Test
    void aWellsFileIsRecordedWithItsHashAndARestoreTakesItBack(FxRobot robot) throws Exception {
        openPainting(robot);
        Path red = writeImage("red.png", 0xFFCC2020);
        Path blue = writeImage("blue.png", 0xFF2040CC);
        ImageWell target = find(robot, "#paint-target", ImageWell.class);
        load(robot, target, blue);
        Provenance withBlue = painting().provenance();
        assertThat(withBlue.inputs()).singleElement().satisfies(input -> {
            assertThat(input.role()).isEqualTo("image");
            assertThat(input.path()).isEqualTo(blue.toAbsolutePath().toString());
            assertThat(input.sha256()).hasSize(64);
        });
        load(robot, target, red);

        robot.interact(() -> studio.panes().get(1).restorable().orElseThrow().restore(withBlue));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> target.image().map(image -> image.name().equals("blue.png")).orElse(false));
    }

    private Path writeImage(String name, int argb) throws IOException {
        int[] pixels = new int[48 * 32];
        Arrays.fill(pixels, argb);
        Path file = folder.resolve(name);
        ImageIO.write(new ArgbImage(48, 32, pixels).toBufferedImage(), "png", file.toFile());
        return file;
    }

    private static void load(FxRobot robot, ImageWell well, Path file) throws Exception {
        robot.interact(() -> well.load(file));
        String name = file.getFileName().toString();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> well.image().map(image -> image.name().equals(name)).orElse(false));
    }

    private void openPainting(FxRobot robot) throws Exception {
        robot.interact(() -> studio.loadSamples());
        waitForImages(robot, 11);
        robot.clickOn("Pixel painting");
        Button start = start(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !start.isDisabled());
    }

    private Exportable painting() {
        return studio.panes().get(1).exportable().orElseThrow();
    }

    /** The settings the painter's job runs with, as its provenance records them. */
    private PaintSettings runningSettings() {
        return painting().provenance().settingsAs(PaintSettings.class);
    }

    private static Button start(FxRobot robot) {
        return find(robot, "#run-start", Button.class);
    }

    private static ToggleButton live(FxRobot robot) {
        return find(robot, "#timeline-live", ToggleButton.class);
    }

    private static String selection(FxRobot robot) {
        return label(robot, "#timeline-selection").getText();
    }

    /**
     * A label found on the FX thread: a lookup walks the scene graph, which the FX thread
     * changes while a chart lays out, so it must not run beside it.
     */
    private static Label label(FxRobot robot, String id) {
        return find(robot, id, Label.class);
    }

    private static <T extends Node> T find(FxRobot robot, String query, Class<T> type) {
        List<T> found = new ArrayList<>();
        robot.interact(() -> found.add(robot.lookup(query).queryAs(type)));
        return found.get(0);
    }

    /** The frame count the GIF range label shows ("GIF: 12 frames (1–12), …"). */
    private static int rangeFrames(FxRobot robot) {
        String text = selection(robot);
        return text.startsWith("GIF: ") && Character.isDigit(text.charAt(5)) ? Integer.parseInt(text.split(" ")[1]) : 0;
    }

    private static void waitForFrames(FxRobot robot, int frames) throws Exception {
        Label position = label(robot, "#timeline-position");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> recordedFrames(position.getText()) >= frames);
    }

    /** "frame 3 of 12, step 240": 12. */
    private static int recordedFrames(String position) {
        return position.startsWith("frame ") ? Integer.parseInt(position.split(" ")[3].replace(",", "")) : 0;
    }

    /** "step 240 — loss 0.1": 240. */
    private static long step(String progress) {
        return progress.startsWith("step ") ? Long.parseLong(progress.split(" ")[1].replace(",", "")) : 0;
    }
}
