package org.deepcanvas.ui.guide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Slider;
import javafx.scene.layout.VBox;
import org.deepcanvas.lab.guide.GuideLayer;
import org.deepcanvas.lab.guide.GuideSettings;
import org.deepcanvas.lab.imageopt.FeatureMatch;
import org.deepcanvas.lab.imageopt.OctaveSettings;
import org.deepcanvas.lab.imageopt.OptimiserSettings;
import org.deepcanvas.nn.library.ModelLibrary;
import org.deepcanvas.ui.controls.LogSlider;
import org.deepcanvas.ui.controls.SidePanel;
import org.deepcanvas.ui.imageopt.LayerList;
import org.deepcanvas.ui.imageopt.NetworkChoice;
import org.deepcanvas.ui.imageopt.StepControls;
import org.deepcanvas.ui.training.SettingsControls;

/**
 * A guided hallucination's settings: network and size (restart), the layers to match with
 * a weight each, dot product or L2, total variation's weight and exponent, and the step,
 * pyramid and jitter, all live.
 */
final class GuideControls extends SettingsControls<GuideSettings> {
    static final GuideSettings DEFAULTS = new GuideSettings(ModelLibrary.FASHION, 256,
            List.of(new GuideLayer("relu1", 1), new GuideLayer("relu2", 1)), FeatureMatch.Match.DOT, 0.5, 1.2f,
            OptimiserSettings.DREAM, OctaveSettings.COURSE);

    private final NetworkChoice network;
    private final LayerList names = new LayerList();
    private final VBox layerBox = new VBox(4);
    private final Map<String, CheckBox> chosen = new LinkedHashMap<>();
    private final Map<String, Slider> weights = new LinkedHashMap<>();
    private final ComboBox<FeatureMatch.Match> match = SidePanel.choice(FeatureMatch.Match.values(),
            FeatureMatch.Match.DOT, m -> m == FeatureMatch.Match.DOT ? "dot product" : "L2 distance");
    private final LogSlider tvWeight = new LogSlider(1e-3, 10, DEFAULTS.tvWeight());
    private final Slider tvExponent = new Slider(1, 2, DEFAULTS.tvExponent());
    private final StepControls steps;

    GuideControls() {
        super(GuideSettings.class, DEFAULTS);
        GuideSettings initial = defaults();
        network = new NetworkChoice("guide", initial.network(), initial.size(),
                id -> { showLayers(id, List.of()); change(s -> s.withNetwork(id).withLayers(layers(s))); },
                px -> change(s -> s.withSize(px)));
        match.setId("guide-match");
        match.valueProperty().addListener((obs, old, m) -> change(s -> s.withMatch(m)));
        tvWeight.setId("guide-tv");
        tvWeight.setTooltip("Total variation's weight: more smooths the hallucination into larger shapes");
        tvWeight.valueProperty().addListener((obs, old, w) -> change(s -> s.withTv(w.doubleValue(), s.tvExponent())));
        tvExponent.valueProperty().addListener((obs, old, e) ->
                change(s -> s.withTv(s.tvWeight(), Math.round(e.floatValue() * 100) / 100f)));
        steps = new StepControls("guide", initial.optimiser(), initial.octaves(),
                edit -> change(s -> s.withOptimiser(edit.apply(s.optimiser()))),
                edit -> change(s -> s.withOctaves(edit.apply(s.octaves()))));
        getChildren().addAll(SidePanel.section("Network (restarts the run)"), network,
                SidePanel.section("Match the guide (live)"), layerBox, SidePanel.row("Match by", match),
                new javafx.scene.control.Label("Total variation weight"), tvWeight,
                StepControls.labelled("TV exponent", tvExponent, "%.2f"),
                SidePanel.section("Steps (live)"), steps);
        showLayers(initial.network(), initial.layers());
    }

    /** One check box and weight slider per layer of the network. */
    private void showLayers(String id, List<GuideLayer> selected) {
        names.show(id, network.library());
        chosen.clear();
        weights.clear();
        layerBox.getChildren().clear();
        for (String layer : names.getItems()) {
            if (!layer.startsWith("relu")) {
                continue;
            }
            double weight = selected.stream().filter(g -> g.layer().equals(layer)).mapToDouble(GuideLayer::weight)
                    .findFirst().orElse(1);
            CheckBox use = new CheckBox(layer);
            use.setId("guide-layer-" + layer);
            use.setSelected(selected.isEmpty() ? layer.equals(names.getValue())
                    : selected.stream().anyMatch(g -> g.layer().equals(layer)));
            Slider slider = new Slider(0, 4, weight);
            slider.disableProperty().bind(use.selectedProperty().not());
            use.selectedProperty().addListener((obs, old, on) -> change(s -> s.withLayers(layers(s))));
            slider.valueProperty().addListener((obs, old, w) -> change(s -> s.withLayers(layers(s))));
            chosen.put(layer, use);
            weights.put(layer, slider);
            layerBox.getChildren().add(new VBox(2, use, slider));
        }
    }

    /** The checked layers with their weights; the settings' own when none is checked. */
    private List<GuideLayer> layers(GuideSettings current) {
        List<GuideLayer> layers = new ArrayList<>();
        chosen.forEach((layer, use) -> {
            double weight = Math.round(weights.get(layer).getValue() * 100) / 100.0;
            if (use.isSelected() && weight > 0) {
                layers.add(new GuideLayer(layer, weight));
            }
        });
        return layers.isEmpty() ? current.layers() : layers;
    }

    ModelLibrary networks() {
        return network.library();
    }

    @Override
    protected void display(GuideSettings settings) {
        network.display(settings.network(), settings.size());
        showLayers(settings.network(), settings.layers());
        match.setValue(settings.match());
        tvWeight.setValue(settings.tvWeight() > 0 ? settings.tvWeight() : 1e-3);
        tvExponent.setValue(settings.tvExponent());
        steps.display(settings.optimiser(), settings.octaves());
    }
}
