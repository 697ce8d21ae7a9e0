package org.deepcanvas.ui.imageopt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.deepcanvas.lab.imageopt.LayerWeight;

/**
 * A check box and a weight slider for each layer an objective may read: which layers count
 * and how much. {@link #chosen} is what the settings record holds; an edit calls {@code onChange}.
 */
public final class LayerWeights extends VBox {
    private static final double MAX_WEIGHT = 4;

    private final String id;
    private final Runnable onChange;
    private final Map<String, CheckBox> used = new LinkedHashMap<>();
    private final Map<String, Slider> weights = new LinkedHashMap<>();

    public LayerWeights(String id, Runnable onChange) {
        super(4);
        this.id = id;
        this.onChange = onChange;
    }

    /** One row per layer of {@code layers}; those in {@code selected} are checked with their weights. */
    public void show(List<String> layers, Map<String, String> hints, List<LayerWeight> selected) {
        used.clear();
        weights.clear();
        getChildren().clear();
        for (String layer : layers) {
            double weight = selected.stream().filter(w -> w.layer().equals(layer)).mapToDouble(LayerWeight::weight)
                    .findFirst().orElse(1);
            CheckBox use = new CheckBox(layer);
            use.setId(id + "-" + layer);
            use.setSelected(selected.stream().anyMatch(w -> w.layer().equals(layer)));
            if (hints.containsKey(layer)) {
                use.setTooltip(new Tooltip(hints.get(layer)));
            }
            Slider slider = new Slider(0, MAX_WEIGHT, weight);
            slider.setTooltip(new Tooltip("This layer's weight in the term, 0 to " + (int) MAX_WEIGHT));
            slider.disableProperty().bind(use.selectedProperty().not());
            use.selectedProperty().addListener((obs, old, on) -> onChange.run());
            slider.valueProperty().addListener((obs, old, w) -> onChange.run());
            used.put(layer, use);
            weights.put(layer, slider);
            getChildren().add(new VBox(2, use, slider));
        }
    }

    /** The checked layers with a weight above 0, weights rounded to hundredths. */
    public List<LayerWeight> chosen() {
        List<LayerWeight> chosen = new ArrayList<>();
        used.forEach((layer, use) -> {
            double weight = Math.round(weights.get(layer).getValue() * 100) / 100.0;
            if (use.isSelected() && weight > 0) {
                chosen.add(new LayerWeight(layer, weight));
            }
        });
        return chosen;
    }
}
