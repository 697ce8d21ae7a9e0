package org.deepcanvas.ui.latent;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Circle;

/** What the scatter's colours mean: one dot and class name per label, hidden when unlabelled. */
final class PlaneLegend extends FlowPane {
    PlaneLegend() {
        super(10, 4);
        setId("latent-legend");
        getStyleClass().add("hint");
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }

    void show(List<String> classNames) {
        getChildren().clear();
        for (int i = 0; i < classNames.size(); i++) {
            Label entry = new Label(classNames.get(i),
                    new Circle(4, LatentPlaneView.LABEL_COLOURS.get(i % LatentPlaneView.LABEL_COLOURS.size())));
            getChildren().add(entry);
        }
        setVisible(!classNames.isEmpty());
    }
}
