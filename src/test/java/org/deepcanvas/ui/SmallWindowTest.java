package org.deepcanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.deepcanvas.ui.controls.WhyDisabled;
import org.deepcanvas.ui.shell.StudioPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The training panes in the smallest window the studio is made for (1024 x 700): no label
 * or button text is cut off or wrapped inside a word, every control has a tooltip, and
 * every disabled one says why.
 */
class SmallWindowTest extends StudioTestBase {
    private static final List<String> PANES = List.of("Dataset", "Pixel painting", "Autoencoders", "GAN and VAE-GAN");

    @Test
    void nothingIsCutOffAndEveryControlExplainsItself(FxRobot robot) throws Exception {
        robot.interact(() -> studio.loadSamples());
        waitForImages(robot, 11);
        robot.interact(() -> {
            Window window = studio.window().getScene().getWindow();
            window.setWidth(1024);
            window.setHeight(700);
        });
        List<String> cut = new ArrayList<>();
        List<String> unexplained = new ArrayList<>();
        List<String> disabledWithoutReason = new ArrayList<>();
        for (String title : PANES) {
            StudioPane pane = studio.panes().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
            robot.interact(() -> studio.window().select(pane));
            pane.runControls().ifPresent(run -> waitUntil(() -> run.canStart().get()));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                walk(pane.view(), node -> {
                    if (node instanceof Labeled labeled && showing(labeled) && isCut(labeled)) {
                        cut.add(title + ": \"" + labeled.getText() + "\"");
                    }
                });
                for (Node part : explainedParts(pane.view())) {
                    walk(part, node -> {
                        if (node instanceof Control control && asksForHelp(control) && showing(control)) {
                            String name = title + ": " + describe(control);
                            if (control.getTooltip() == null && !insideHelpedGroup(control)) {
                                unexplained.add(name);
                            }
                            if (control.isDisabled() && WhyDisabled.reason(control).isEmpty()) {
                                disabledWithoutReason.add(name);
                            }
                        }
                    });
                }
            });
        }
        assertThat(cut).as("labels cut off at 1024 x 700").isEmpty();
        assertThat(unexplained).as("controls without a tooltip").isEmpty();
        assertThat(disabledWithoutReason).as("disabled controls that do not say why").isEmpty();
    }

    /** The side panel, the centre and the right panel (the latent explorer) of a training pane. */
    private static List<Node> explainedParts(Node view) {
        if (view instanceof BorderPane border && border.getRight() != null) {
            return List.of(border.getLeft(), border.getCenter(), border.getRight());
        }
        return List.of(view);
    }

    private static boolean asksForHelp(Control control) {
        return control instanceof ButtonBase || control instanceof ComboBox || control instanceof Spinner
                || control instanceof Slider || control instanceof TextField;
    }

    /** A slider in a LogSlider, an editor in a Spinner: helped by the group around it. */
    private static boolean insideHelpedGroup(Control control) {
        for (Node at = control.getParent(); at != null; at = at.getParent()) {
            if (at instanceof Control outer && outer.getTooltip() != null) {
                return true;
            }
        }
        return control instanceof Slider slider && slider.getTooltip() != null;
    }

    /**
     * The skin's text node shows an ellipsis where the label's own text has none, or wraps
     * the text narrower than its longest word (which then breaks letter by letter).
     */
    private static boolean isCut(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && !shown.getText().replace("\n", " ").equals(text.replace("\n", " "))
                    && shown.getText().contains(labeled.getEllipsisString())) {
                return true;
            }
            if (child instanceof Text shown && shown.getWrappingWidth() > 0
                    && longestWord(text, shown.getFont()) > shown.getWrappingWidth() + 0.5) {
                return true;
            }
        }
        return false;
    }

    private static double longestWord(String text, Font font) {
        double widest = 0;
        for (String word : text.split("\\s+")) {
            Text measured = new Text(word);
            measured.setFont(font);
            widest = Math.max(widest, measured.getLayoutBounds().getWidth());
        }
        return widest;
    }

    private static boolean showing(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static String describe(Control control) {
        String kind = control.getClass().getSimpleName();
        String text = control instanceof Labeled labeled ? " \"" + labeled.getText() + "\"" : "";
        return kind + text + (control.getId() == null ? "" : " #" + control.getId());
    }

    /** Visits a node and everything below it, not inside the controls checked here (their skins are theirs). */
    private static void walk(Node node, Consumer<Node> visit) {
        visit.accept(node);
        if (node instanceof Control control && (asksForHelp(control) || control instanceof Button)) {
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, visit);
            }
        }
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("the pane never became ready to start", e);
        }
    }
}
