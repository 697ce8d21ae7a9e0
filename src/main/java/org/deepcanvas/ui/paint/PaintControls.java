package org.deepcanvas.ui.paint;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import org.deepcanvas.lab.paint.PaintActivation;
import org.deepcanvas.lab.paint.PaintLoss;
import org.deepcanvas.lab.paint.PaintSettings;
import org.deepcanvas.runtime.device.DeviceDefaults;
import org.deepcanvas.ui.controls.LogSlider;
import org.deepcanvas.ui.controls.SidePanel;
import org.deepcanvas.ui.training.SettingsControls;

/**
 * The painter's settings as controls. Learning rate, batch size, loss and draw interval
 * act on the running network at its next step; the network's shape restarts it.
 */
final class PaintControls extends SettingsControls<PaintSettings> {
    private static final Integer[] RENDER_SIZES = {0, 256, 512, 768, PaintSettings.MAX_RENDER_SIZE};

    private final LogSlider learningRate;
    private final Spinner<Integer> batch;
    private final ComboBox<PaintLoss> loss;
    private final Slider drawEvery;
    private final Spinner<Integer> layers;
    private final Spinner<Integer> width;
    private final ComboBox<PaintActivation> activation;
    private final ComboBox<Integer> renderSize;

    PaintControls() {
        super(PaintSettings.class, PaintSettings.DEFAULT.withBatchSize(
                DeviceDefaults.forThisStart().batchSize(PaintSettings.DEFAULT.batchSize())));
        PaintSettings initial = defaults();

        learningRate = new LogSlider(1e-5, 1e-1, initial.learningRate());
        learningRate.setId("paint-learning-rate");
        learningRate.setTooltip("Adam's step size: larger learns faster but can blow up (the loss turns NaN)");
        learningRate.valueProperty().addListener((obs, old, rate) -> change(s -> s.withLearningRate(rate.doubleValue())));

        batch = SidePanel.spinner(1, 2000, initial.batchSize(), 10);
        batch.setId("paint-batch");
        batch.setTooltip(new Tooltip("How many random pixels each step learns from"));
        batch.valueProperty().addListener((obs, old, size) -> change(s -> s.withBatchSize(size)));

        loss = SidePanel.choice(PaintLoss.values(), initial.loss());
        loss.setTooltip(new Tooltip("L2 (squared error) paints smooth averages; L1 (absolute error) keeps edges sharper"));
        loss.valueProperty().addListener((obs, old, measure) -> change(s -> s.withLoss(measure)));

        drawEvery = new Slider(1, 200, initial.drawInterval());
        drawEvery.setTooltip(new Tooltip("Fewer frames leave more time for training"));
        Label drawLabel = new Label();
        drawLabel.textProperty().bind(drawEvery.valueProperty().map(v -> "draw every " + v.intValue() + " steps"));
        drawEvery.valueProperty().addListener((obs, old, steps) -> change(s -> s.withDrawInterval(steps.intValue())));

        renderSize = SidePanel.choice(RENDER_SIZES, initial.renderSize(),
                side -> side == 0 ? "Training size" : side + " px");
        renderSize.setId("paint-render-size");
        renderSize.setTooltip(new Tooltip("The network can draw at any resolution: the canvas, PNG and GIF use this"
                + " longer side, aspect kept. Larger frames take longer to draw."));
        renderSize.valueProperty().addListener((obs, old, side) -> change(s -> s.withRenderSize(side)));

        layers = SidePanel.spinner(1, 16, initial.hiddenLayers(), 1);
        layers.setId("paint-layers");
        layers.setTooltip(new Tooltip("More layers can paint finer detail, and train more slowly"));
        layers.valueProperty().addListener((obs, old, count) -> change(s -> s.withHiddenLayers(count)));
        width = SidePanel.spinner(2, 256, initial.layerWidth(), 4);
        width.setTooltip(new Tooltip("Neurons in every hidden layer"));
        width.valueProperty().addListener((obs, old, units) -> change(s -> s.withLayerWidth(units)));
        activation = SidePanel.choice(PaintActivation.values(), initial.activation());
        activation.setTooltip(new Tooltip("The non-linearity after every hidden layer"));
        activation.valueProperty().addListener((obs, old, function) -> change(s -> s.withActivation(function)));

        getChildren().addAll(
                SidePanel.section("Training (live)"),
                new Label("Learning rate"), learningRate,
                SidePanel.row("Pixels per step", batch),
                SidePanel.row("Loss", loss),
                drawEvery, drawLabel,
                SidePanel.row("Draw at", renderSize),
                SidePanel.section("Network (restarts it)"),
                SidePanel.row("Hidden layers", layers),
                SidePanel.row("Units per layer", width),
                SidePanel.row("Activation", activation));
    }

    @Override
    protected void display(PaintSettings settings) {
        learningRate.setValue(settings.learningRate());
        batch.getValueFactory().setValue(settings.batchSize());
        loss.setValue(settings.loss());
        drawEvery.setValue(settings.drawInterval());
        layers.getValueFactory().setValue(settings.hiddenLayers());
        width.getValueFactory().setValue(settings.layerWidth());
        activation.setValue(settings.activation());
        renderSize.setValue(settings.renderSize());
    }
}
