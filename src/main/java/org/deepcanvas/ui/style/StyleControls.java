package org.deepcanvas.ui.style;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.deepcanvas.lab.imageopt.LayerWeight;
import org.deepcanvas.lab.imageopt.StepMethod;
import org.deepcanvas.lab.style.ColourMode;
import org.deepcanvas.lab.style.StyleInit;
import org.deepcanvas.lab.style.StyleJob;
import org.deepcanvas.lab.style.StyleSettings;
import org.deepcanvas.nn.Architecture;
import org.deepcanvas.nn.library.ModelLibrary;
import org.deepcanvas.ui.controls.LogSlider;
import org.deepcanvas.ui.controls.SidePanel;
import org.deepcanvas.ui.imageopt.LayerWeights;
import org.deepcanvas.ui.imageopt.NetworkChoice;
import org.deepcanvas.ui.imageopt.StepControls;
import org.deepcanvas.ui.training.SettingsControls;

/**
 * A style transfer's settings: network, size and start image (restart); the content, style
 * and TV weights on log sliders, the blend of the styles, the layers with their weights,
 * the optimiser and its learning rate, the colour mode and the style scale, all live.
 */
final class StyleControls extends SettingsControls<StyleSettings> {
    private final NetworkChoice network;
    private final ComboBox<StyleInit> init = SidePanel.choice(StyleInit.values(), StyleInit.CONTENT,
            StyleControls::describe);
    private final LogSlider contentWeight = new LogSlider(1e-3, 1e3, StyleSettings.DEFAULT.contentWeight());
    private final LogSlider styleWeight = new LogSlider(1, 1e6, StyleSettings.DEFAULT.styleWeight());
    private final LogSlider tvWeight = new LogSlider(1e-3, 1e2, StyleSettings.DEFAULT.tvWeight());
    private final VBox blend = new VBox(4);
    private final Label blendTitle = SidePanel.section("Style blend (live)");
    /** Where the pane says what the chosen size needs, under the size. */
    private final VBox plan = new VBox(4);
    private final List<Slider> blendSliders = new ArrayList<>();
    private final ComboBox<String> contentLayer = new ComboBox<>();
    private final LayerWeights styleLayers = new LayerWeights("style-layer", () -> change(s -> s.withStyleLayers(
            chosenStyleLayers(s))));
    private final ComboBox<StepMethod> method = SidePanel.choice(new StepMethod[] {StepMethod.ADAM, StepMethod.LBFGS},
            StepMethod.ADAM, m -> m == StepMethod.ADAM ? "Adam" : "L-BFGS");
    private final LogSlider learningRate = new LogSlider(1e-3, 2, StyleSettings.ADAM_LEARNING_RATE);
    private final ComboBox<ColourMode> colour = SidePanel.choice(ColourMode.values(), ColourMode.STYLE,
            StyleControls::describe);
    private final Slider styleScale = new Slider(StyleSettings.MIN_STYLE_SCALE, StyleSettings.MAX_STYLE_SCALE, 1);
    private final Spinner<Integer> iterations = SidePanel.spinner(10, 100_000, StyleSettings.DEFAULT.iterations(), 50);

    StyleControls() {
        super(StyleSettings.class, StyleSettings.DEFAULT);
        StyleSettings initial = defaults();
        network = new NetworkChoice("style", initial.network(), initial.size(), StyleSettings.LARGEST_SIZE,
                id -> { showLayers(id, List.of(), List.of()); change(s -> s.withNetwork(id).withContentLayers(List.of())
                        .withStyleLayers(List.of())); },
                px -> change(s -> s.withSize(px)));
        init.setId("style-init");
        init.setPrefWidth(130);
        init.valueProperty().addListener((obs, old, chosen) -> change(s -> s.withInit(chosen)));
        live(contentWeight, "style-content-weight", "How much the content's features count: more keeps its shapes",
                w -> change(s -> s.withContentWeight(w)));
        live(styleWeight, "style-style-weight", "How much the style's textures and colours count",
                w -> change(s -> s.withStyleWeight(w)));
        live(tvWeight, "style-tv-weight", "Total variation: more smooths away speckle", w -> change(s -> s.withTvWeight(w)));
        contentLayer.setId("style-content-layer");
        contentLayer.setPrefWidth(130);
        contentLayer.valueProperty().addListener((obs, old, layer) -> {
            if (layer != null) {
                change(s -> s.withContentLayers(List.of(new LayerWeight(layer, 1))));
            }
        });
        method.setId("style-optimizer");
        method.setTooltip(new Tooltip("Adam: steady and cheap. L-BFGS: neural-style's quality default, fewer steps to the"
                + " same loss; it forgets what it learnt when a slider moves"));
        method.valueProperty().addListener((obs, old, chosen) -> {
            change(s -> s.withMethod(chosen));
            learningRate.setValue(settings().learningRate());
        });
        live(learningRate, "style-learning-rate", "Adam: how far pixels (0 to 1) move per step. L-BFGS: a multiple of"
                + " its own step (1 is usual)", r -> change(s -> s.withLearningRate((float) r)));
        colour.setId("style-colour");
        colour.setMaxWidth(Double.MAX_VALUE);
        colour.setTooltip(new Tooltip("Whose colours the result takes: the style's, the content's (only the"
                + " luminance is stylised), or the style pictures recoloured to the content's first"));
        colour.valueProperty().addListener((obs, old, mode) -> change(s -> s.withColour(mode)));
        styleScale.setId("style-scale");
        styleScale.setTooltip(new Tooltip("The style pictures' size relative to the result: larger gives larger strokes"));
        styleScale.valueProperty().addListener((obs, old, v) -> change(s -> s.withStyleScale(
                Math.round(v.doubleValue() * 20) / 20.0)));
        iterations.setId("style-iterations");
        iterations.setTooltip(new Tooltip("Steps of a run, shared out over the resolution levels of a large result"));
        iterations.valueProperty().addListener((obs, old, n) -> change(s -> s.withIterations(n)));
        getChildren().addAll(SidePanel.section("Network (restarts the run)"), network, plan,
                SidePanel.row("Start from", init),
                SidePanel.section("Weights (live)"), new Label("Content"), contentWeight, new Label("Style"), styleWeight,
                new Label("Total variation"), tvWeight,
                blendTitle, blend,
                SidePanel.section("Layers (live)"), SidePanel.row("Content layer", contentLayer),
                new Label("Style layers"), styleLayers,
                SidePanel.section("Optimiser (live)"), SidePanel.row("Optimiser", method), new Label("Learning rate"),
                learningRate,
                SidePanel.section("Colour and scale (live)"), colour, StepControls.labelled("Style scale", styleScale,
                        "%.2f x"), SidePanel.row("Steps per run", iterations));
        showLayers(initial.network(), initial.contentLayers(), initial.styleLayers());
        showStyles(1);
    }

    /** Shows these nodes under the size: what a run at it needs. */
    void showPlan(Node... nodes) {
        plan.getChildren().setAll(nodes);
    }

    ModelLibrary networks() {
        return network.library();
    }

    /** One blend slider per style picture; the blend starts equal. */
    void showStyles(int count) {
        blendSliders.clear();
        blend.getChildren().clear();
        for (int i = 0; i < count; i++) {
            Slider slider = new Slider(0, 1, 1);
            slider.setId("style-blend-" + (i + 1));
            slider.setTooltip(new Tooltip("How much of style " + (i + 1) + " goes into the mix"));
            slider.valueProperty().addListener((obs, old, v) -> change(s -> s.withStyleBlend(blendWeights())));
            blendSliders.add(slider);
            blend.getChildren().add(StepControls.labelled("Style " + (i + 1), slider, "%.2f"));
        }
        for (Node node : List.of(blendTitle, blend)) {
            node.setVisible(count > 1);
            node.setManaged(count > 1);
        }
        change(s -> s.withStyleBlend(count > 1 ? blendWeights() : List.of()));
    }

    private List<Float> blendWeights() {
        List<Float> weights = blendSliders.stream().map(s -> Math.round(s.getValue() * 100) / 100f).toList();
        return weights.stream().anyMatch(w -> w > 0) ? weights : List.of();
    }

    private void showLayers(String id, List<LayerWeight> content, List<LayerWeight> style) {
        List<String> layers = new ArrayList<>();
        String defaultContent = null;
        List<LayerWeight> defaultStyle = new ArrayList<>(List.of(new LayerWeight(StyleJob.PIXELS, 1)));
        try {
            Architecture architecture = network.library().architecture(id);
            architecture.layers().forEach(layer -> layers.add(layer.name()));
            defaultContent = architecture.contentLayer();
            architecture.styleLayers().forEach(layer -> defaultStyle.add(new LayerWeight(layer, 1)));
        } catch (IOException | IllegalArgumentException torchScript) {
            // its layers are known only by running it: the job uses the module's own choices
        }
        contentLayer.getItems().setAll(layers);
        contentLayer.setValue(content.isEmpty() ? defaultContent : content.get(0).layer());
        List<String> styleChoices = new ArrayList<>(List.of(StyleJob.PIXELS));
        layers.stream().filter(layer -> layer.startsWith("relu")).forEach(styleChoices::add);
        styleLayers.show(styleChoices, Map.of(StyleJob.PIXELS, "The picture's own colours: their mean and spread"),
                style.isEmpty() ? defaultStyle : style);
    }

    private List<LayerWeight> chosenStyleLayers(StyleSettings current) {
        List<LayerWeight> chosen = styleLayers.chosen();
        return chosen.isEmpty() ? current.styleLayers() : chosen;
    }

    private static void live(LogSlider slider, String id, String tooltip, java.util.function.DoubleConsumer onChange) {
        slider.setId(id);
        slider.setTooltip(tooltip);
        slider.valueProperty().addListener((obs, old, v) -> onChange.accept(v.doubleValue()));
    }

    @Override
    protected void display(StyleSettings settings) {
        network.display(settings.network(), settings.size());
        init.setValue(settings.init());
        contentWeight.setValue(settings.contentWeight());
        styleWeight.setValue(settings.styleWeight());
        tvWeight.setValue(Math.max(1e-3, settings.tvWeight()));
        showLayers(settings.network(), settings.contentLayers(), settings.styleLayers());
        for (int i = 0; i < blendSliders.size() && i < settings.styleBlend().size(); i++) {
            blendSliders.get(i).setValue(settings.styleBlend().get(i));
        }
        method.setValue(settings.method());
        learningRate.setValue(settings.learningRate());
        colour.setValue(settings.colour());
        styleScale.setValue(settings.styleScale());
        iterations.getValueFactory().setValue(settings.iterations());
    }

    private static String describe(StyleInit start) {
        return switch (start) {
            case CONTENT -> "the content";
            case NOISE -> "noise";
            case STYLE -> "the first style";
        };
    }

    private static String describe(ColourMode mode) {
        return switch (mode) {
            case STYLE -> "the style's colours";
            case KEEP_CONTENT -> "keep the content's colours";
            case MATCH_STYLE_TO_CONTENT -> "style matched to the content";
        };
    }
}
