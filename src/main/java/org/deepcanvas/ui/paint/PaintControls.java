package org.deepcanvas.ui.paint;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;
import org.deepcanvas.lab.paint.PaintActivation;
import org.deepcanvas.lab.paint.PaintLoss;
import org.deepcanvas.lab.paint.PaintSettings;
import org.deepcanvas.ui.controls.LogSlider;
import org.deepcanvas.ui.controls.SidePanel;

/**
 * The painter's settings as controls. Learning rate, batch size, loss and draw interval
 * act on the running network at its next step; the network's shape restarts it.
 */
final class PaintControls extends VBox {
    private final ObjectProperty<PaintSettings> settings = new SimpleObjectProperty<>(PaintSettings.DEFAULT);

    PaintControls() {
        setSpacing(8);
        PaintSettings initial = settings.get();

        LogSlider learningRate = new LogSlider(1e-5, 1e-1, initial.learningRate());
        learningRate.setId("paint-learning-rate");
        learningRate.valueProperty().addListener((obs, old, rate) ->
                change(settings.get().withLearningRate(rate.doubleValue())));

        Spinner<Integer> batch = SidePanel.spinner(1, 2000, initial.batchSize(), 10);
        batch.valueProperty().addListener((obs, old, size) -> change(settings.get().withBatchSize(size)));

        ComboBox<PaintLoss> loss = SidePanel.choice(PaintLoss.values(), initial.loss());
        loss.valueProperty().addListener((obs, old, measure) -> change(settings.get().withLoss(measure)));

        Slider drawEvery = new Slider(1, 200, initial.drawInterval());
        Label drawLabel = new Label();
        drawLabel.textProperty().bind(drawEvery.valueProperty().map(v -> "draw every " + v.intValue() + " steps"));
        drawEvery.valueProperty().addListener((obs, old, steps) ->
                change(settings.get().withDrawInterval(steps.intValue())));

        Spinner<Integer> layers = SidePanel.spinner(1, 16, initial.hiddenLayers(), 1);
        layers.valueProperty().addListener((obs, old, count) -> change(settings.get().withHiddenLayers(count)));
        Spinner<Integer> width = SidePanel.spinner(2, 256, initial.layerWidth(), 4);
        width.valueProperty().addListener((obs, old, units) -> change(settings.get().withLayerWidth(units)));
        ComboBox<PaintActivation> activation = SidePanel.choice(PaintActivation.values(), initial.activation());
        activation.valueProperty().addListener((obs, old, function) -> change(settings.get().withActivation(function)));

        getChildren().addAll(
                SidePanel.section("Training (live)"),
                new Label("Learning rate"), learningRate,
                new Label("Batch size (pixels per step)"), batch,
                new Label("Loss"), loss,
                drawEvery, drawLabel,
                SidePanel.section("Network (restarts it)"),
                SidePanel.row("Hidden layers", layers),
                SidePanel.row("Units per layer", width),
                SidePanel.row("Activation", activation));
    }

    ObjectProperty<PaintSettings> settings() {
        return settings;
    }

    private void change(PaintSettings next) {
        settings.set(next);
    }
}
