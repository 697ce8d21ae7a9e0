package org.deepcanvas.ui.autoencode;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.deepcanvas.lab.autoencode.AutoencodeSettings;
import org.deepcanvas.nn.autoencode.AutoencoderArchitecture;
import org.deepcanvas.nn.autoencode.AutoencoderArchitecture.Kind;
import org.deepcanvas.nn.autoencode.Corruption;
import org.deepcanvas.ui.controls.LogSlider;
import org.deepcanvas.ui.controls.SidePanel;

/**
 * The autoencoder's settings as controls. Noise, KL weight, learning rate and batch size
 * act at the next step; the network's shape restarts training.
 */
final class AutoencodeControls extends VBox {
    private final ObjectProperty<AutoencodeSettings> settings = new SimpleObjectProperty<>(AutoencodeSettings.defaults());
    private final ComboBox<Kind> kind = SidePanel.choice(Kind.values(), Kind.FULLY_CONNECTED,
            k -> k == Kind.CONVOLUTIONAL ? "Convolutional" : "Fully connected");
    private final CheckBox variational = new CheckBox("Variational (VAE)");
    private final TextField layers = new TextField("512-256-128-64");
    private final Spinner<Integer> codeSize = SidePanel.spinner(1, AutoencoderArchitecture.MAX_CODE_SIZE, 2, 1);
    private final Label layersError = SidePanel.hint("");
    /** True while a loaded model's architecture is put into the controls: apply it once, at the end. */
    private boolean showing;

    AutoencodeControls() {
        setSpacing(8);
        AutoencodeSettings initial = settings.get();
        kind.setId("ae-kind");
        variational.setId("ae-variational");
        kind.valueProperty().addListener((obs, old, next) -> {
            layers.setText(next == Kind.CONVOLUTIONAL ? "16-16-16" : "512-256-128-64");
            applyArchitecture();
        });
        variational.selectedProperty().addListener((obs, old, on) -> applyArchitecture());
        codeSize.valueProperty().addListener((obs, old, size) -> applyArchitecture());
        layers.setOnAction(e -> applyArchitecture());
        layers.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                applyArchitecture();
            }
        });

        ComboBox<Corruption> noise = SidePanel.choice(Corruption.values(), initial.corruption(), c -> switch (c) {
            case NONE -> "None";
            case MASKING -> "Masking";
            case GAUSSIAN -> "Gaussian";
        });
        Slider level = new Slider(0, 1, initial.noiseLevel());
        Label levelLabel = new Label();
        levelLabel.textProperty().bind(level.valueProperty().map(v -> String.format("noise level %.2f", v.doubleValue())));
        noise.valueProperty().addListener((obs, old, kindOfNoise) ->
                settings.set(settings.get().withNoise(kindOfNoise, (float) level.getValue())));
        level.valueProperty().addListener((obs, old, value) ->
                settings.set(settings.get().withNoise(noise.getValue(), value.floatValue())));

        LogSlider klWeight = new LogSlider(1e-3, 10, initial.klWeight());
        klWeight.disableProperty().bind(variational.selectedProperty().not());
        klWeight.valueProperty().addListener((obs, old, weight) ->
                settings.set(settings.get().withKlWeight(weight.floatValue())));
        LogSlider learningRate = new LogSlider(1e-5, 1e-1, initial.learningRate());
        learningRate.valueProperty().addListener((obs, old, rate) ->
                settings.set(settings.get().withLearningRate(rate.floatValue())));
        Spinner<Integer> batch = SidePanel.spinner(1, 1000, initial.batchSize(), 10);
        batch.valueProperty().addListener((obs, old, size) -> settings.set(settings.get().withBatchSize(size)));

        getChildren().addAll(
                SidePanel.section("Network (restarts it)"),
                SidePanel.row("Kind", kind), variational,
                new Label("Encoder layers (decoder mirrors them)"), layers, layersError,
                SidePanel.row("Code size", codeSize),
                SidePanel.section("Training (live)"),
                SidePanel.row("Denoising", noise), level, levelLabel,
                new Label("KL weight (VAE)"), klWeight,
                new Label("Learning rate"), learningRate,
                SidePanel.row("Batch size", batch));
    }

    ObjectProperty<AutoencodeSettings> settings() {
        return settings;
    }

    /** Sets the network controls to a loaded model's architecture. */
    void showArchitecture(AutoencoderArchitecture architecture) {
        showing = true;
        kind.setValue(architecture.kind());
        variational.setSelected(architecture.variational());
        codeSize.getValueFactory().setValue(architecture.codeSize());
        layers.setText(architecture.layers().stream().map(String::valueOf).collect(Collectors.joining("-")));
        showing = false;
        applyArchitecture();
    }

    private void applyArchitecture() {
        if (showing) {
            return;
        }
        try {
            List<Integer> sizes = Arrays.stream(layers.getText().trim().split("[-,\\s]+")).map(Integer::valueOf).toList();
            AutoencoderArchitecture base = kind.getValue() == Kind.CONVOLUTIONAL
                    ? AutoencoderArchitecture.convolutional() : AutoencoderArchitecture.fullyConnected();
            settings.set(settings.get().withArchitecture(base.withLayers(sizes)
                    .withVariational(variational.isSelected()).withCodeSize(codeSize.getValue())));
            layersError.setText("");
        } catch (IllegalArgumentException e) {
            layersError.setText("Layers: numbers separated by dashes, e.g. 512-256-128-64 (" + e.getMessage() + ")");
        }
    }
}
