package org.deepcanvas.ui.training;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.deepcanvas.ui.canvas.LiveCanvas;
import org.deepcanvas.ui.controls.SidePanel;

/**
 * Where a training pane's parts go. The side panel: the pane's inputs, then what the
 * skeleton puts there (run buttons, settings, seed, presets), then the pane's
 * after-training tools. The centre: the output and the pane's canvases side by side,
 * the progress line, the timeline and the loss chart.
 */
final class TrainingLayout {
    final VBox inputs = new VBox(10);
    final VBox afterTraining = new VBox(8);
    final HBox canvases = new HBox(12);
    final Label outputTitle = SidePanel.section("Result");
    final Label progress = SidePanel.hint("Not started");

    VBox side(Node... skeletonParts) {
        VBox side = new VBox(10);
        side.getChildren().add(inputs);
        side.getChildren().addAll(skeletonParts);
        side.getChildren().add(afterTraining);
        side.getStyleClass().add("side-panel");
        return side;
    }

    Node centre(LiveCanvas output, FrameTimeline timeline, LossChart chart) {
        VBox outputBox = new VBox(6, outputTitle, output);
        VBox.setVgrow(output, Priority.ALWAYS);
        HBox.setHgrow(outputBox, Priority.ALWAYS);
        canvases.getChildren().add(0, outputBox);
        VBox.setVgrow(canvases, Priority.ALWAYS);
        VBox centre = new VBox(10, canvases, progress, timeline, chart);
        centre.setPadding(new Insets(14));
        return centre;
    }

    void addCanvas(String title, Node canvas) {
        VBox box = new VBox(6, SidePanel.section(title), canvas);
        VBox.setVgrow(canvas, Priority.ALWAYS);
        addCanvas(box);
    }

    void addCanvas(Node titled) {
        HBox.setHgrow(titled, Priority.ALWAYS);
        canvases.getChildren().add(titled);
    }
}
