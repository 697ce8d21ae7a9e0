package org.deepcanvas.ui.dream;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.deepcanvas.lab.dream.DreamGoal;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The goals a dream amplifies besides the one being edited above it, each with a weight
 * slider (live: only the weights move, the job keeps its terms) and a button to drop it.
 * Negative weights suppress what a goal would amplify.
 */
final class GoalList extends VBox {
    private static final double MAX_WEIGHT = 2;

    private final List<DreamGoal> goals = new ArrayList<>();
    private final Consumer<List<DreamGoal>> changed;

    /** @param changed gets the whole list after every add, remove or weight move */
    GoalList(Consumer<List<DreamGoal>> changed) {
        super(4);
        this.changed = changed;
        setId("dream-goals");
    }

    /** Adds {@code goal} with weight 1 unless a goal with its target is already listed. */
    void add(DreamGoal goal) {
        if (goals.stream().noneMatch(g -> g.withWeight(1).equals(goal.withWeight(1)))) {
            goals.add(goal.withWeight(1));
            rebuild();
            changed.accept(List.copyOf(goals));
        }
    }

    /** Shows {@code shown} without reporting a change (a reset, a restored result). */
    void display(List<DreamGoal> shown) {
        goals.clear();
        goals.addAll(shown);
        rebuild();
    }

    List<DreamGoal> goals() {
        return List.copyOf(goals);
    }

    private void rebuild() {
        getChildren().clear();
        for (int i = 0; i < goals.size(); i++) {
            getChildren().add(row(i));
        }
    }

    private VBox row(int index) {
        DreamGoal goal = goals.get(index);
        Slider weight = new Slider(-MAX_WEIGHT, MAX_WEIGHT, goal.weight());
        weight.setTooltip(new Tooltip("How much this goal counts; below 0 it is suppressed instead"));
        HBox.setHgrow(weight, Priority.ALWAYS);
        Label name = new Label();
        name.textProperty().bind(weight.valueProperty().map(w -> describe(goal) + String.format("  × %.2f", w.doubleValue())));
        weight.valueProperty().addListener((obs, old, w) -> {
            goals.set(index, goals.get(index).withWeight(Math.round(w.doubleValue() * 100) / 100.0));
            changed.accept(List.copyOf(goals));
        });
        Button remove = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        remove.setTooltip(new Tooltip("Stop amplifying this goal"));
        remove.setOnAction(e -> {
            goals.remove(index);
            rebuild();
            changed.accept(List.copyOf(goals));
        });
        HBox controls = new HBox(6, weight, remove);
        controls.setAlignment(Pos.CENTER_LEFT);
        return new VBox(2, name, controls);
    }

    static String describe(DreamGoal goal) {
        return switch (goal.kind()) {
            case LAYER -> goal.layer();
            case CHANNEL -> goal.layer() + " channel " + goal.channel();
            case CLASS -> "class " + goal.className();
        };
    }
}
