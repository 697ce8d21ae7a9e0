package org.deepcanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.nn.gan.GanArchitecture.Kind;
import org.deepcanvas.ui.canvas.LiveCanvas;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A VAE-GAN trained from its pane: the grid learns; the plane decodes under the mouse, a slider edits an encoded image. */
class GanPaneTest extends StudioTestBase {
    private static final int EXPLORED_STEPS = 100;

    @Test
    void theGridLearnsLive(FxRobot robot) throws Exception {
        startSmallVaeGan(robot);
    }

    @Test
    void thePlaneDecodesAndASliderMovesAnEncodedTestImage(FxRobot robot) throws Exception {
        startSmallVaeGan(robot);
        // a network paused at its first frames decodes every code to the same grey, so no slider could change it
        Label progress = robot.lookup("#gan-progress").queryAs(Label.class);
        waitFor(robot, EXPLORED_STEPS + " training steps", () -> steps(progress.getText()) >= EXPLORED_STEPS);
        robot.clickOn("#run-pause");

        LiveCanvas decoded = robot.lookup("#latent-decoded").queryAs(LiveCanvas.class);
        Node plane = robot.lookup("#latent-plane").query();
        waitFor(robot, "image decoded under the mouse", () -> {
            Bounds bounds = plane.localToScreen(plane.getBoundsInLocal());
            robot.moveTo(bounds.getCenterX() + 10, bounds.getCenterY() - 10);
            robot.moveTo(bounds.getCenterX() - 10, bounds.getCenterY() + 10);
            return decoded.current().isPresent();
        });
        assertThat(decoded.current().get().width()).isEqualTo(28);

        @SuppressWarnings("unchecked")
        ComboBox<Object> base = robot.lookup("#latent-base").queryAs(ComboBox.class);
        LiveCanvas edited = robot.lookup("#latent-edited").queryAs(LiveCanvas.class);
        robot.interact(() -> base.getSelectionModel().select(1)); // a test image, encoded
        waitFor(robot, "encoded test image", () -> edited.current().isPresent());
        ArgbImage unedited = edited.current().get();
        robot.interact(() -> robot.lookup("#latent-add-attribute").queryAs(Button.class).fire());
        waitFor(robot, "attribute added at its slider's 1", () -> changed(edited, unedited));
        ArgbImage once = edited.current().get();
        Slider amount = robot.lookup("#latent-attribute-0").queryAs(Slider.class);
        robot.interact(() -> amount.setValue(-3));

        waitFor(robot, "change of the edited image by the slider", () -> changed(edited, once));
        assertThat(edited.current().get().width()).isEqualTo(28);
    }

    private static boolean changed(LiveCanvas canvas, ArgbImage before) {
        return canvas.current().map(now -> !Arrays.equals(now.pixels(), before.pixels())).orElse(false);
    }

    /** "step 240 — G loss ...": 240; 0 before the first step. */
    private static long steps(String progress) {
        return progress.startsWith("step ") ? Long.parseLong(progress.split(" ")[1].replace(",", "")) : 0;
    }

    /** Waits up to a minute, failing with what the status bar said (the panes report their errors there). */
    private static void waitFor(FxRobot robot, String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("no " + what + " within a minute; the status bar says: "
                    + robot.lookup("#status-message").queryLabeled().getText(), e);
        }
    }

    /** Starts a small VAE-GAN from the pane and waits until its sample grid has changed. */
    private static void startSmallVaeGan(FxRobot robot) throws Exception {
        robot.clickOn("GAN and VAE-GAN");
        @SuppressWarnings("unchecked")
        ComboBox<Kind> kind = robot.lookup("#gan-kind").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        Spinner<Integer> filters = robot.lookup("#gan-filters").queryAs(Spinner.class);
        robot.interact(() -> {
            kind.setValue(Kind.VAE_GAN);
            filters.getValueFactory().setValue(8); // a small network, so the test trains fast
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#run-start").queryButton().isDisabled());
        robot.clickOn("#run-start");
        LiveCanvas output = robot.lookup("#gan-output").queryAs(LiveCanvas.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> output.current().isPresent());
        int[] first = output.current().get().pixels();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> output.current().map(now -> !Arrays.equals(now.pixels(), first)).orElse(false));
    }
}
