package org.deepcanvas.ui.dream;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import org.deepcanvas.lab.dream.ClassDreams;
import org.deepcanvas.lab.dream.DreamGoal;
import org.deepcanvas.lab.dream.DreamSettings;
import org.deepcanvas.lab.imageopt.ZoomSettings;
import org.deepcanvas.nn.library.ModelLibrary;
import org.deepcanvas.ui.controls.SidePanel;
import org.deepcanvas.ui.imageopt.LayerList;
import org.deepcanvas.ui.imageopt.NetworkChoice;
import org.deepcanvas.ui.imageopt.StepControls;
import org.deepcanvas.ui.training.SettingsControls;

/**
 * A dream's settings as controls: network and size (restart), then what to amplify (a
 * layer with its shape, one of its channels within its range, or a class found by name,
 * and more goals with weights beside it), the step, pyramid, jitter, blur, decay and keep
 * colours, and the fractal zoom, all live.
 */
final class DreamControls extends SettingsControls<DreamSettings> {
    static final DreamSettings DEFAULTS = DreamSettings.of(ModelLibrary.FASHION, 256, DreamGoal.layer("relu2"));

    private final NetworkChoice network;
    private final ComboBox<DreamGoal.Kind> kind = SidePanel.choice(DreamGoal.Kind.values(), DreamGoal.Kind.LAYER,
            k -> switch (k) {
                case LAYER -> "a layer";
                case CHANNEL -> "one channel";
                case CLASS -> "a class";
            });
    private final LayerList layers;
    private final Spinner<Integer> channel = SidePanel.spinner(0, 4095, 0, 1);
    private final Label channelRange = SidePanel.hint("");
    private final TextField classFilter = new TextField();
    private final ObservableList<String> classes = FXCollections.observableArrayList();
    private final ComboBox<String> className = new ComboBox<>(new FilteredList<>(classes));
    private final Label classHint = SidePanel.hint("");
    private final Button addGoal = new Button("Add as another goal");
    private final GoalList moreGoals = new GoalList(goals -> goalChanged());
    private final StepControls steps;
    private final Slider zoom = new Slider(0.9, 1.2, 1);
    private final Slider rotation = new Slider(-10, 10, 0);
    private final Spinner<Integer> frameSteps = SidePanel.spinner(1, 50, ZoomSettings.NONE.stepsPerFrame(), 1);

    DreamControls() {
        super(DreamSettings.class, DEFAULTS);
        DreamSettings initial = defaults();
        network = new NetworkChoice("dream", initial.network(), initial.size(),
                id -> { change(s -> s.withNetwork(id)); showNetwork(id); },
                px -> change(s -> s.withSize(px)));
        layers = new LayerList();
        layers.setId("dream-layer");
        layers.valueProperty().addListener((obs, old, layer) -> { showChannels(); goalChanged(); });
        kind.setId("dream-goal");
        kind.valueProperty().addListener((obs, old, k) -> { showGoalControls(); goalChanged(); });
        channel.setId("dream-channel");
        channel.valueProperty().addListener((obs, old, c) -> goalChanged());
        classFilter.setPromptText("search the classes");
        classFilter.textProperty().addListener((obs, old, text) -> ((FilteredList<String>) className.getItems())
                .setPredicate(name -> name.toLowerCase().contains(text.toLowerCase())));
        className.setPrefWidth(150);
        layers.setPrefWidth(150);
        className.valueProperty().addListener((obs, old, name) -> goalChanged());
        classHint.setId("dream-class-hint");
        classHint.managedProperty().bind(classHint.textProperty().isNotEmpty());
        addGoal.setId("dream-add-goal");
        addGoal.setTooltip(new Tooltip("Keep the goal above and amplify it together with the next one you choose,"
                + " each with its weight"));
        addGoal.setOnAction(e -> {
            DreamGoal goal = currentGoal();
            if (goal != null) {
                moreGoals.add(goal);
            }
        });
        steps = new StepControls("dream", initial.optimiser(), initial.octaves(),
                edit -> change(s -> s.withOptimiser(edit.apply(s.optimiser()))),
                edit -> change(s -> s.withOctaves(edit.apply(s.octaves()))));
        zoom.setId("dream-zoom");
        zoom.setTooltip(new Tooltip("After the pyramid, zoom into the centre by this much per frame (1: no zoom)"));
        zoom.valueProperty().addListener((obs, old, f) -> change(s -> s.withZoom(s.zoom().withFactor(round(f)))));
        rotation.setTooltip(new Tooltip("Turn per zoom frame, degrees counter-clockwise"));
        rotation.valueProperty().addListener((obs, old, d) -> change(s -> s.withZoom(s.zoom().withRotation(round(d)))));
        frameSteps.setTooltip(new Tooltip("Steps dreamed on each zoom frame before the next zoom"));
        frameSteps.valueProperty().addListener((obs, old, n) -> change(s -> s.withZoom(s.zoom().withStepsPerFrame(n))));
        getChildren().addAll(SidePanel.section("Network (restarts the dream)"), network,
                SidePanel.section("Amplify (live)"), SidePanel.row("Dream", kind), SidePanel.row("Layer", layers),
                SidePanel.row("Channel", channel), channelRange, classFilter, SidePanel.row("Class", className), classHint,
                addGoal, moreGoals,
                SidePanel.section("Steps (live)"), steps,
                SidePanel.section("Fractal zoom (live)"), StepControls.labelled("Zoom per frame", zoom, "%.3f"),
                StepControls.labelled("Rotation per frame", rotation, "%.1f°"),
                SidePanel.row("Steps per frame", frameSteps));
        showNetwork(initial.network());
        showGoalControls();
    }

    /** The model library the network list comes from, which opens the chosen network for a run. */
    ModelLibrary networks() {
        return network.library();
    }

    /** Sets the output size (the memory line's "largest that fits"); restarts a run like the spinner does. */
    void useSize(int px) {
        change(s -> s.withSize(px));
        network.display(settings().network(), px);
    }

    private static float round(Number value) {
        return Math.round(value.doubleValue() * 1000) / 1000f;
    }

    private void showNetwork(String id) {
        layers.show(id, network.library());
        classes.setAll(layers.labels());
        classHint.setText(classes.isEmpty() ? classProblem(id) : "");
        if (!classes.isEmpty() && className.getValue() == null) {
            className.setValue(classes.get(0));
        }
        showChannels();
    }

    private String classProblem(String id) {
        try {
            return ClassDreams.problem(network.library(), id).orElse("");
        } catch (IOException | IllegalArgumentException e) {
            return "";
        }
    }

    private void showChannels() {
        int count = layers.channels();
        channel.setValueFactory(new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(0,
                Math.max(0, count - 1), Math.min(channel.getValue(), Math.max(0, count - 1))));
        channelRange.setText(count > 0 ? "channels 0 to " + (count - 1) : "");
    }

    private void showGoalControls() {
        DreamGoal.Kind chosen = kind.getValue();
        channel.setDisable(chosen != DreamGoal.Kind.CHANNEL);
        layers.setDisable(chosen == DreamGoal.Kind.CLASS);
        boolean classes = chosen == DreamGoal.Kind.CLASS;
        className.setDisable(!classes);
        classFilter.setDisable(!classes);
    }

    private void goalChanged() {
        DreamGoal goal = currentGoal();
        if (goal != null) {
            List<DreamGoal> all = new ArrayList<>(List.of(goal));
            all.addAll(moreGoals.goals());
            change(s -> s.withGoals(all));
        }
    }

    private DreamGoal currentGoal() {
        return switch (kind.getValue()) {
            case LAYER -> layers.getValue() == null ? null : DreamGoal.layer(layers.getValue());
            case CHANNEL -> layers.getValue() == null ? null : DreamGoal.channel(layers.getValue(), channel.getValue());
            case CLASS -> className.getValue() == null ? null : DreamGoal.ofClass(className.getValue());
        };
    }

    @Override
    protected void display(DreamSettings settings) {
        network.display(settings.network(), settings.size());
        showNetwork(settings.network());
        DreamGoal goal = settings.goals().get(0);
        moreGoals.display(settings.goals().subList(1, settings.goals().size()));
        kind.setValue(goal.kind());
        if (goal.layer() != null) {
            layers.setValue(goal.layer());
        }
        if (goal.kind() == DreamGoal.Kind.CHANNEL) {
            channel.getValueFactory().setValue(goal.channel());
        }
        if (goal.className() != null) {
            className.setValue(goal.className());
        }
        steps.display(settings.optimiser(), settings.octaves());
        zoom.setValue(settings.zoom().factor());
        rotation.setValue(settings.zoom().rotationDegrees());
        frameSteps.getValueFactory().setValue(settings.zoom().stepsPerFrame());
    }
}
