package org.deepcanvas.ui.imageopt;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.deepcanvas.lab.imageopt.OctaveSettings;
import org.deepcanvas.lab.imageopt.OptimiserSettings;
import org.deepcanvas.ui.controls.LogSlider;
import org.deepcanvas.ui.controls.SidePanel;

/**
 * The live knobs every image optimisation shares (step size, pyramid, jitter, blur, decay,
 * keep colours),
 * for the dream, guide and style panes. Each edit is handed on as a function of the old
 * settings, so the pane's settings record changes once per move.
 */
public final class StepControls extends VBox {
    private final LogSlider step;
    private final Spinner<Integer> octaves;
    private final Slider octaveScale;
    private final Spinner<Integer> iterations;
    private final Slider jitter;
    private final Slider blur;
    private final Spinner<Integer> blurEvery;
    private final Slider decay;
    private final CheckBox keepColours = new CheckBox("Keep the picture's colours");

    public StepControls(String id, OptimiserSettings initial, OctaveSettings initialOctaves,
                        Consumer<UnaryOperator<OptimiserSettings>> optimiser,
                        Consumer<UnaryOperator<OctaveSettings>> pyramid) {
        super(8);
        step = new LogSlider(1e-4, 0.2, initial.stepSize());
        step.setId(id + "-step");
        step.setTooltip("How far the pixels (0 to 1) move each step: larger dreams faster and coarser");
        step.valueProperty().addListener((obs, old, v) -> optimiser.accept(s -> s.withStepSize(v.floatValue())));
        octaves = SidePanel.spinner(1, 8, initialOctaves.octaves(), 1);
        octaves.setTooltip(new Tooltip("Dream small first, then ever larger: features appear at several scales"));
        octaves.valueProperty().addListener((obs, old, n) -> pyramid.accept(o -> o.withOctaves(n)));
        octaveScale = slider(1.1, 2.0, initialOctaves.scale(), "Size ratio between two octaves");
        octaveScale.valueProperty().addListener((obs, old, v) -> pyramid.accept(o -> o.withScale(v.floatValue())));
        iterations = SidePanel.spinner(1, 200, initialOctaves.iterations(), 5);
        iterations.setTooltip(new Tooltip("Steps at each octave before the next, larger one"));
        iterations.valueProperty().addListener((obs, old, n) -> pyramid.accept(o -> o.withIterations(n)));
        jitter = slider(0, 64, initial.jitter(), "Shift the image randomly before each step (and back after): no grid stays put");
        jitter.valueProperty().addListener((obs, old, v) -> optimiser.accept(s -> s.withJitter(v.intValue())));
        blur = slider(0, 3, initial.blurSigma(), "Gaussian blur of the gradient in pixels: smoother, larger shapes");
        blur.valueProperty().addListener((obs, old, v) ->
                optimiser.accept(s -> s.withBlur(v.floatValue(), s.blurEvery(), s.blurTarget())));
        blurEvery = SidePanel.spinner(1, 50, initial.blurEvery(), 1);
        blurEvery.valueProperty().addListener((obs, old, n) ->
                optimiser.accept(s -> s.withBlur(s.blurSigma(), n, s.blurTarget())));
        decay = slider(0.95, 1, initial.decay(), "Fade towards grey each step (1: none); what the network does not reinforce fades");
        decay.valueProperty().addListener((obs, old, v) -> optimiser.accept(s -> s.withDecay(v.floatValue())));
        keepColours.setId(id + "-keep-colours");
        keepColours.setSelected(initial.keepColours());
        keepColours.setTooltip(new Tooltip("Change light and shade only, so the picture keeps its own colours"
                + " (a grey network, like the Fashion one, always does)"));
        keepColours.selectedProperty().addListener((obs, old, on) -> optimiser.accept(s -> s.withKeepColours(on)));
        getChildren().addAll(
                new Label("Step size"), step,
                SidePanel.row("Octaves", octaves), labelled("Octave scale", octaveScale, "%.2f"),
                SidePanel.row("Steps per octave", iterations),
                labelled("Jitter", jitter, "%.0f px"), labelled("Blur", blur, "%.1f px"),
                SidePanel.row("Blur every (steps)", blurEvery), labelled("Decay", decay, "%.3f"), keepColours);
    }

    /** Shows the values of a whole record (a reset, a restored result). */
    public void display(OptimiserSettings settings, OctaveSettings pyramid) {
        step.setValue(settings.stepSize());
        octaves.getValueFactory().setValue(pyramid.octaves());
        octaveScale.setValue(pyramid.scale());
        iterations.getValueFactory().setValue(pyramid.iterations());
        jitter.setValue(settings.jitter());
        blur.setValue(settings.blurSigma());
        blurEvery.getValueFactory().setValue(settings.blurEvery());
        decay.setValue(settings.decay());
        keepColours.setSelected(settings.keepColours());
    }

    static Slider slider(double min, double max, double value, String tooltip) {
        Slider slider = new Slider(min, max, value);
        slider.setTooltip(new Tooltip(tooltip));
        return slider;
    }

    /** A slider with its name and current value above it. */
    public static VBox labelled(String name, Slider slider, String format) {
        Label label = new Label();
        label.textProperty().bind(slider.valueProperty().map(v -> name + ": " + String.format(format, v.doubleValue())));
        return new VBox(2, label, slider);
    }
}
