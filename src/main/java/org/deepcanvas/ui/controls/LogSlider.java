package org.deepcanvas.ui.controls;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A slider over a range spanning decades (a learning rate, a weight), with its value shown. */
public final class LogSlider extends HBox {
    private final Slider slider;
    private final DoubleProperty value;

    public LogSlider(double min, double max, double initial) {
        slider = new Slider(Math.log10(min), Math.log10(max), Math.log10(initial));
        value = new SimpleDoubleProperty(initial);
        Label shown = new Label();
        shown.setMinWidth(64);
        shown.textProperty().bind(value.map(v -> String.format("%.1e", v.doubleValue())));
        slider.valueProperty().addListener((obs, old, exponent) ->
                value.set(Double.parseDouble(String.format("%.2g", Math.pow(10, exponent.doubleValue())))));
        HBox.setHgrow(slider, Priority.ALWAYS);
        setSpacing(6);
        getChildren().addAll(slider, shown);
    }

    /** Moves the slider to a value on the linear scale. */
    public void setValue(double linear) {
        slider.setValue(Math.log10(linear));
    }

    public void setTooltip(String text) {
        slider.setTooltip(new Tooltip(text));
    }

    /** The value on the linear scale (not its logarithm). */
    public DoubleProperty valueProperty() {
        return value;
    }
}
