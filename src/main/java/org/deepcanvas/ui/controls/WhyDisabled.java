package org.deepcanvas.ui.controls;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
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
        control.disableProperty().bind(reason.map(why -> !why.isEmpty()));
        StackPane wrapper = new StackPane(control);
        wrapper.setAlignment(Pos.CENTER_LEFT);
        wrapper.setMaxWidth(control.getMaxWidth());
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
        control.getProperties().put(WhyDisabled.class, why);
        return wrapper;
    }

    /** The reason a wrapped control is disabled now, empty while it is enabled (for tests and screen readers). */
    public static String reason(Control control) {
        Object why = control.getProperties().get(WhyDisabled.class);
        return why instanceof Tooltip tooltip && control.isDisabled() ? tooltip.getText() : "";
    }
}
