package org.deepcanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.deepcanvas.ui.canvas.LiveCanvas;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Training an autoencoder from its pane shows reconstructions; hovering the latent plane decodes; the prior samples. */
class AutoencodePaneTest extends StudioTestBase {
    @Test
    void hoveringTheLatentPlaneDecodesTheImageUnderTheMouse(FxRobot robot) throws Exception {
        robot.clickOn("Autoencoders");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#run-start").queryButton().isDisabled());
        robot.clickOn("#run-start");
        LiveCanvas reconstructions = robot.lookup("#autoencode-output").queryAs(LiveCanvas.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> reconstructions.current().isPresent());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#autoencode-progress").queryAs(Label.class).getText().startsWith("step"));
        robot.clickOn("#run-pause");

        LiveCanvas decoded = robot.lookup("#latent-decoded").queryAs(LiveCanvas.class);
        Node plane = robot.lookup("#latent-plane").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            Bounds bounds = plane.localToScreen(plane.getBoundsInLocal());
            robot.moveTo(bounds.getCenterX() + 10, bounds.getCenterY() - 10);
            robot.moveTo(bounds.getCenterX() - 10, bounds.getCenterY() + 10);
            return decoded.current().isPresent();
        });

        assertThat(decoded.current().get().width()).isEqualTo(28);
        assertThat(decoded.current().get().height()).isEqualTo(28);

        Node sample = robot.lookup("Sample from the prior").query();
        robot.interact(() -> scrollToMiddle(sample));
        robot.clickOn(sample);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> decoded.current().get().width() > 28);
        assertThat(decoded.current().get().width()).as("a 4 x 4 montage of samples").isEqualTo(4 * 29 + 1);
    }

    /** Scrolls the side panel holding {@code node} until it sits mid-view, as a user would before clicking it. */
    private static void scrollToMiddle(Node node) {
        Node at = node;
        while (!(at instanceof ScrollPane)) {
            at = at.getParent();
        }
        ScrollPane scroll = (ScrollPane) at;
        double contentHeight = scroll.getContent().getLayoutBounds().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        double nodeMiddle = scroll.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds())).getCenterY();
        double top = Math.max(0, Math.min(contentHeight - viewHeight, nodeMiddle - viewHeight / 2));
        scroll.setVvalue(contentHeight > viewHeight ? top / (contentHeight - viewHeight) * scroll.getVmax() : 0);
        scroll.layout();
    }
}
