package org.deepcanvas.ui.autoencode;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import org.deepcanvas.lab.autoencode.AutoencodeSettings;
import org.deepcanvas.nn.autoencode.AutoencoderArchitecture.Kind;
import org.deepcanvas.nn.autoencode.AutoencoderArchitecture;
import org.deepcanvas.nn.autoencode.Corruption;
import org.deepcanvas.runtime.device.DeviceDefaults;
import org.deepcanvas.ui.controls.LogSlider;
import org.deepcanvas.ui.controls.SidePanel;
import org.deepcanvas.ui.controls.WhyDisabled;
import org.deepcanvas.ui.training.SettingsControls;

/**
 * The autoencoder's settings as controls. Noise, KL weight, learning rate and batch size
 * act at the next step; the network's shape restarts training.
 */
final class AutoencodeControls extends SettingsControls<AutoencodeSettings> {
    private static final String DENSE_LAYERS = "512-256-128-64";
    private static final String CONV_LAYERS = "16-16-16";

    private final ComboBox<Kind> kind = SidePanel.choice(Kind.values(), Kind.FULLY_CONNECTED,
            k -> k == Kind.CONVOLUTIONAL ? "Convolutional" : "Fully connected");
    private final CheckBox variational = new CheckBox("Variational (VAE)");
    private final TextField layers = new TextField(DENSE_LAYERS);
    private final Spinner<Integer> codeSize = SidePanel.spinner(1, AutoencoderArchitecture.MAX_CODE_SIZE, 2, 1);
    private final Label layersError = SidePanel.hint("");
    private final ComboBox<Corruption> noise;
    private final Slider level;
    private final LogSlider klWeight;
    private final LogSlider learningRate;
    private final Spinner<Integer> batch;

    AutoencodeControls() {
        super(AutoencodeSettings.class, AutoencodeSettings.defaults().withBatchSize(
                DeviceDefaults.forThisStart().batchSize(AutoencodeSettings.defaults().batchSize())));
        AutoencodeSettings initial = defaults();
        kind.setId("ae-kind");
        kind.setTooltip(new Tooltip("Fully connected layers see the image as one long vector; convolutions see local patterns"));
        variational.setId("ae-variational");
        variational.setTooltip(new Tooltip("Learn a distribution of codes, so the plane between images decodes to images too"));
        layers.setTooltip(new Tooltip("Units (or filters) per encoder layer; the decoder mirrors them"));
        codeSize.setTooltip(new Tooltip("Numbers in the code: 2 draws as a plane directly"));
        kind.valueProperty().addListener((obs, old, next) -> {
            layers.setText(next == Kind.CONVOLUTIONAL ? CONV_LAYERS : DENSE_LAYERS);
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

        noise = SidePanel.choice(Corruption.values(), initial.corruption(), c -> switch (c) {
            case NONE -> "None";
            case MASKING -> "Masking";
            case GAUSSIAN -> "Gaussian";
        });
        noise.setTooltip(new Tooltip("Corrupt the inputs and learn to reconstruct the clean images (a denoising autoencoder)"));
        level = new Slider(0, 1, initial.noiseLevel());
        level.setTooltip(new Tooltip("How strong the corruption is: the share of pixels masked, or the noise's standard deviation"));
        Label levelLabel = new Label();
        levelLabel.textProperty().bind(level.valueProperty().map(v -> String.format("noise level %.2f", v.doubleValue())));
        noise.valueProperty().addListener((obs, old, kindOfNoise) ->
                change(s -> s.withNoise(kindOfNoise, (float) level.getValue())));
        level.valueProperty().addListener((obs, old, value) -> change(s -> s.withNoise(noise.getValue(), value.floatValue())));

        klWeight = new LogSlider(1e-3, 10, initial.klWeight());
        klWeight.setTooltip("How strongly the codes are pulled towards N(0, 1); only for a VAE");
        klWeight.valueProperty().addListener((obs, old, weight) -> change(s -> s.withKlWeight(weight.floatValue())));
        learningRate = new LogSlider(1e-5, 1e-1, initial.learningRate());
        learningRate.setTooltip("Adam's step size: larger learns faster but can blow up (the loss turns NaN)");
        learningRate.valueProperty().addListener((obs, old, rate) -> change(s -> s.withLearningRate(rate.floatValue())));
        batch = SidePanel.spinner(1, AutoencodeSettings.MAX_BATCH_SIZE, initial.batchSize(), 10);
        batch.setTooltip(new Tooltip("Images per optimisation step"));
        batch.valueProperty().addListener((obs, old, size) -> change(s -> s.withBatchSize(size)));

        Label layersLabel = new Label("Encoder layers (the decoder mirrors them)");
        layersLabel.setWrapText(true);
        getChildren().addAll(
                SidePanel.section("Network (restarts it)"),
                SidePanel.row("Kind", kind), variational,
                layersLabel, layers, layersError,
                SidePanel.row("Code size", codeSize),
                SidePanel.section("Training (live)"),
                SidePanel.row("Denoising", noise), level, levelLabel,
                new Label("KL weight (VAE)"), WhyDisabled.wrap(klWeight, variational.selectedProperty()
                        .map(vae -> vae ? "" : "Only a variational autoencoder has a KL term: tick Variational (VAE)")),
                new Label("Learning rate"), learningRate,
                SidePanel.row("Batch size", batch));
    }

    @Override
    protected void display(AutoencodeSettings settings) {
        AutoencoderArchitecture architecture = settings.architecture();
        kind.setValue(architecture.kind());
        variational.setSelected(architecture.variational());
        codeSize.getValueFactory().setValue(architecture.codeSize());
        layers.setText(architecture.layers().stream().map(String::valueOf).collect(Collectors.joining("-")));
        layersError.setText("");
        noise.setValue(settings.corruption());
        level.setValue(settings.noiseLevel());
        klWeight.setValue(settings.klWeight());
        learningRate.setValue(settings.learningRate());
        batch.getValueFactory().setValue(settings.batchSize());
    }

    private void applyArchitecture() {
        try {
            List<Integer> sizes = Arrays.stream(layers.getText().trim().split("[-,\\s]+")).map(Integer::valueOf).toList();
            AutoencoderArchitecture base = kind.getValue() == Kind.CONVOLUTIONAL
                    ? AutoencoderArchitecture.convolutional() : AutoencoderArchitecture.fullyConnected();
            AutoencoderArchitecture architecture = base.withLayers(sizes)
                    .withVariational(variational.isSelected()).withCodeSize(codeSize.getValue());
            change(s -> s.withArchitecture(architecture));
            layersError.setText("");
        } catch (IllegalArgumentException e) {
            layersError.setText("Layers: numbers separated by dashes, e.g. " + DENSE_LAYERS + " (" + e.getMessage() + ")");
        }
    }
}
