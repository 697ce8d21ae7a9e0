package org.deepcanvas.ui.controls;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * A control that is disabled exactly while there is a reason, and says the reason. A
 * disabled node receives no mouse events, so its own tooltip never shows: the reason
 * lives on a wrapper around it instead, and the control keeps its usual tooltip.
 */
public final class WhyDisabled {
    private WhyDisabled() {}

    /**
     * @param reason why the control cannot be used now; empty while it can
     * @return the node to put in the layout in place of the control
     */
    public static Node wrap(Control control, ObservableValue<String> reason) {
        return wrap((Node) control, reason);
    }

    /** As {@link #wrap(Control, ObservableValue)}, for a group of controls such as a {@link LogSlider}. */
    public static Node wrap(Node node, ObservableValue<String> reason) {
        node.disableProperty().bind(reason.map(why -> !why.isEmpty()));
        StackPane wrapper = new StackPane(node);
        wrapper.setAlignment(Pos.CENTER_LEFT);
        if (node instanceof Region region) {
            wrapper.setMaxWidth(region.getMaxWidth());
        }
        Tooltip why = new Tooltip();
        why.setShowDelay(Duration.millis(250));
        why.textProperty().bind(reason);
        reason.subscribe(text -> {
            if (text.isEmpty()) {
                Tooltip.uninstall(wrapper, why);
            } else {
                Tooltip.install(wrapper, why);
            }
        });
        node.getProperties().put(WhyDisabled.class, why);
        return wrapper;
    }

    /**
     * Why a node is disabled now, from the nearest wrapped node at or above it; empty while
     * it is enabled or nothing says why (for tests and screen readers).
     */
    public static String reason(Node node) {
        if (!node.isDisabled()) {
            return "";
        }
        for (Node at = node; at != null; at = at.getParent()) {
            if (at.getProperties().get(WhyDisabled.class) instanceof Tooltip tooltip && at.isDisabled()) {
                return tooltip.getText();
            }
        }
        return "";
    }
}
