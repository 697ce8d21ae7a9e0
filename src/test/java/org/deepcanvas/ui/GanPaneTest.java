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
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.nn.gan.GanArchitecture.Kind;
import org.deepcanvas.ui.canvas.LiveCanvas;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A VAE-GAN trained from its pane: the grid learns; the plane decodes under the mouse, a slider edits an encoded image. */
class GanPaneTest extends StudioTestBase {
    @Test
    void theGridLearnsLive(FxRobot robot) throws Exception {
        startSmallVaeGan(robot);
    }

    @Test
    @Disabled("flaky in the full suite: the hover over the latent plane sometimes never decodes (passes alone;"
            + " failed in a clean-clone CI run on 2 Dec) - cause not yet found, see issue 10's note")
    void thePlaneDecodesAndASliderMovesAnEncodedTestImage(FxRobot robot) throws Exception {
        startSmallVaeGan(robot);

        LiveCanvas decoded = robot.lookup("#latent-decoded").queryAs(LiveCanvas.class);
        Node plane = robot.lookup("#latent-plane").query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            Bounds bounds = plane.localToScreen(plane.getBoundsInLocal());
            robot.moveTo(bounds.getCenterX() + 10, bounds.getCenterY() - 10);
            robot.moveTo(bounds.getCenterX() - 10, bounds.getCenterY() + 10);
            return decoded.current().isPresent();
        });
        assertThat(decoded.current().get().width()).isEqualTo(28);

        @SuppressWarnings("unchecked")
        ComboBox<Object> base = robot.lookup("#latent-base").queryAs(ComboBox.class);
        robot.interact(() -> base.getSelectionModel().select(1)); // a test image, encoded
        robot.interact(() -> robot.lookup("#latent-add-attribute").queryAs(Button.class).fire());
        LiveCanvas edited = robot.lookup("#latent-edited").queryAs(LiveCanvas.class);
        waitFor(robot, "the attribute's slider and the edited image", () -> robot.lookup("#latent-attribute-0")
                .tryQuery().isPresent() && edited.current().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        ArgbImage before = edited.current().get();
        Slider amount = robot.lookup("#latent-attribute-0").queryAs(Slider.class);
        robot.interact(() -> amount.setValue(-3));

        waitFor(robot, "the slider to change the edited image",
                () -> edited.current().map(now -> !Arrays.equals(now.pixels(), before.pixels())).orElse(false));
        assertThat(edited.current().get().width()).isEqualTo(28);
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

    /** Starts a small VAE-GAN from the pane and waits until its sample grid has changed, then pauses. */
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
        robot.clickOn("#run-pause");
    }
}
