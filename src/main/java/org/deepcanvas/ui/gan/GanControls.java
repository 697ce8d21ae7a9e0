package org.deepcanvas.ui.gan;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import org.deepcanvas.lab.gan.GanSettings;
import org.deepcanvas.nn.gan.GanArchitecture;
import org.deepcanvas.nn.gan.GanArchitecture.Kind;
import org.deepcanvas.ui.controls.LogSlider;
import org.deepcanvas.ui.controls.SidePanel;
import org.deepcanvas.ui.controls.WhyDisabled;
import org.deepcanvas.ui.training.SettingsControls;

/**
 * The GAN's settings as controls. Both learning rates, the batch size, label smoothing, the
 * balancing and its margin, and gamma act at the next step; the networks' shape restarts.
 */
final class GanControls extends SettingsControls<GanSettings> {
    private final ComboBox<Kind> kind = SidePanel.choice(Kind.values(), Kind.DCGAN,
            k -> k == Kind.VAE_GAN ? "VAE-GAN" : "DCGAN");
    private final Spinner<Integer> codeSize =
            SidePanel.spinner(GanArchitecture.MIN_CODE_SIZE, GanArchitecture.MAX_CODE_SIZE, 100, 4);
    private final Spinner<Integer> filters = SidePanel.spinner(4, 128, 32, 4);
    private final LogSlider generatorRate;
    private final LogSlider discriminatorRate;
    private final Spinner<Integer> batch;
    private final Slider smoothing;
    private final CheckBox balanced = new CheckBox("Equilibrium balancing");
    private final Slider margin;
    private final LogSlider gamma;

    GanControls() {
        super(GanSettings.class, GanSettings.defaults());
        GanSettings initial = defaults();
        kind.setId("gan-kind");
        filters.setId("gan-filters");
        kind.setTooltip(new Tooltip("A DCGAN only generates; a VAE-GAN also encodes images, so you can edit your own"));
        codeSize.setTooltip(new Tooltip("Numbers in a code: DCGAN uses 100, the course's VAE-GAN 32 to 128"));
        filters.setTooltip(new Tooltip("The discriminator's first filter count, doubled per level; more draws finer "
                + "detail and trains slower"));
        kind.valueProperty().addListener((obs, old, next) -> {
            GanArchitecture usual = next == Kind.VAE_GAN ? GanArchitecture.vaeGan() : GanArchitecture.dcgan();
            GanArchitecture other = next == Kind.VAE_GAN ? GanArchitecture.dcgan() : GanArchitecture.vaeGan();
            if (codeSize.getValue() == other.codeSize()) {
                codeSize.getValueFactory().setValue(usual.codeSize());
            }
            applyArchitecture();
        });
        codeSize.valueProperty().addListener((obs, old, size) -> applyArchitecture());
        filters.valueProperty().addListener((obs, old, size) -> applyArchitecture());

        generatorRate = new LogSlider(1e-5, 1e-2, initial.generatorRate());
        generatorRate.setTooltip("The generator's Adam step size (and the VAE-GAN encoder's)");
        discriminatorRate = new LogSlider(1e-5, 1e-2, initial.discriminatorRate());
        discriminatorRate.setTooltip("The discriminator's Adam step size: lower it when D wins every round");
        generatorRate.valueProperty().addListener((obs, old, rate) ->
                change(s -> s.withRates(rate.floatValue(), s.discriminatorRate())));
        discriminatorRate.valueProperty().addListener((obs, old, rate) ->
                change(s -> s.withRates(s.generatorRate(), rate.floatValue())));
        batch = SidePanel.spinner(2, 512, initial.batchSize(), 8);
        batch.setTooltip(new Tooltip("Real images per step, and as many generated ones"));
        batch.valueProperty().addListener((obs, old, size) -> change(s -> s.withBatchSize(size)));
        smoothing = new Slider(0, 0.5, initial.labelSmoothing());
        smoothing.setTooltip(new Tooltip("Real images are called real with this much doubt, so D does not grow "
                + "overconfident (0.1 is usual)"));
        Label smoothingLabel = new Label();
        smoothingLabel.textProperty().bind(smoothing.valueProperty().map(v ->
                String.format("label smoothing %.2f", v.doubleValue())));
        smoothing.valueProperty().addListener((obs, old, value) -> change(s -> s.withLabelSmoothing(value.floatValue())));
        balanced.setSelected(initial.balanced());
        balanced.setTooltip(new Tooltip("The course's rule: D rests while it wins (its loss below ln 2 - margin), "
                + "G rests while D loses (above ln 2 + margin)"));
        margin = new Slider(0, 0.6, initial.margin());
        margin.setTooltip(new Tooltip("How far D's loss may stray from ln 2 before one network rests for a step"));
        Label marginLabel = new Label();
        marginLabel.textProperty().bind(margin.valueProperty().map(v ->
                String.format("margin %.2f around ln 2 = 0.69", v.doubleValue())));
        balanced.selectedProperty().addListener((obs, old, on) -> change(s -> s.withBalancing(on, s.margin())));
        margin.valueProperty().addListener((obs, old, value) ->
                change(s -> s.withBalancing(s.balanced(), value.floatValue())));
        gamma = new LogSlider(0.01, 10, initial.gamma());
        gamma.setTooltip("VAE-GAN: how much the decoder cares about matching the image (the discriminator's "
                + "features) against fooling the discriminator");
        gamma.valueProperty().addListener((obs, old, value) -> change(s -> s.withGamma(value.floatValue())));

        getChildren().addAll(
                SidePanel.section("Networks (restarts them)"),
                SidePanel.row("Kind", kind), SidePanel.row("Code size", codeSize), SidePanel.row("Filters", filters),
                SidePanel.section("Training (live)"),
                new Label("Generator learning rate"), generatorRate,
                new Label("Discriminator learning rate"), discriminatorRate,
                SidePanel.row("Batch size", batch),
                smoothing, smoothingLabel,
                balanced, WhyDisabled.wrap(margin, balanced.selectedProperty()
                        .map(on -> on ? "" : "Equilibrium balancing is off: tick it to set its margin")), marginLabel,
                new Label("Gamma (VAE-GAN)"), WhyDisabled.wrap(gamma, kind.valueProperty()
                        .map(k -> k == Kind.VAE_GAN ? "" : "Only a VAE-GAN weighs its reconstruction: choose Kind VAE-GAN")));
    }

    @Override
    protected void display(GanSettings settings) {
        GanArchitecture architecture = settings.architecture();
        kind.setValue(architecture.kind());
        codeSize.getValueFactory().setValue(architecture.codeSize());
        filters.getValueFactory().setValue(architecture.filters());
        generatorRate.setValue(settings.generatorRate());
        discriminatorRate.setValue(settings.discriminatorRate());
        batch.getValueFactory().setValue(settings.batchSize());
        smoothing.setValue(settings.labelSmoothing());
        balanced.setSelected(settings.balanced());
        margin.setValue(settings.margin());
        gamma.setValue(settings.gamma());
    }

    private void applyArchitecture() {
        GanArchitecture architecture = new GanArchitecture(kind.getValue(), codeSize.getValue(), filters.getValue());
        change(s -> s.withArchitecture(architecture));
    }
}
