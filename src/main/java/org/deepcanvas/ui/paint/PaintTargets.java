package org.deepcanvas.ui.paint;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.beans.value.ObservableValue;
import org.deepcanvas.data.Dataset;
import org.deepcanvas.data.DatasetEntry;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.lab.paint.PaintJob;
import org.deepcanvas.ui.controls.SidePanel;

/**
 * Chooses what the painter paints: one image of the dataset (or one dropped on the target
 * canvas), or every image of the dataset at once (up to 100).
 */
final class PaintTargets extends VBox {
    interface Listener {
        void targetsChanged(List<ArgbImage> images, String description);
    }

    private final ComboBox<DatasetEntry> image = new ComboBox<>();
    private final RadioButton one = new RadioButton("One image");
    private final RadioButton many = new RadioButton("All dataset images (up to " + PaintJob.MAX_IMAGES + ")");
    private final ObservableValue<Dataset> dataset;
    private final Listener listener;
    private boolean refilling;

    PaintTargets(ObservableValue<Dataset> dataset, Listener listener) {
        this.dataset = dataset;
        this.listener = listener;
        setSpacing(8);
        ToggleGroup mode = new ToggleGroup();
        one.setToggleGroup(mode);
        many.setToggleGroup(mode);
        many.setId("paint-many");
        one.setSelected(true);
        image.setId("paint-target");
        image.setMaxWidth(Double.MAX_VALUE);
        image.setCellFactory(list -> new EntryCell());
        image.setButtonCell(new EntryCell());
        image.disableProperty().bind(many.selectedProperty());
        image.valueProperty().addListener((obs, old, entry) -> {
            if (entry != null && one.isSelected() && !refilling) {
                publish();
            }
        });
        mode.selectedToggleProperty().addListener((obs, old, toggle) -> publish());
        dataset.addListener((obs, old, next) -> datasetChanged(next));
        getChildren().addAll(SidePanel.section("Paint"), one, image, many,
                SidePanel.hint("…or drop an image on the target canvas."));
        datasetChanged(dataset.getValue());
    }

    /** True when every dataset image is painted at once. */
    boolean manyImages() {
        return many.isSelected();
    }

    private void datasetChanged(Dataset next) {
        refilling = true;
        image.getItems().setAll(next == null ? List.of() : next.entries());
        image.setValue(image.getItems().isEmpty() ? null : image.getItems().get(0));
        refilling = false;
        publish();
    }

    private void publish() {
        Dataset current = dataset.getValue();
        if (current == null || current.isEmpty()) {
            return;
        }
        if (many.isSelected()) {
            List<ArgbImage> images = current.images();
            List<ArgbImage> painted = images.subList(0, Math.min(PaintJob.MAX_IMAGES, images.size()));
            listener.targetsChanged(painted, painted.size() + " dataset images");
        } else if (image.getValue() != null) {
            listener.targetsChanged(List.of(image.getValue().image()), image.getValue().name());
        }
    }

    private static final class EntryCell extends ListCell<DatasetEntry> {
        @Override
        protected void updateItem(DatasetEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(empty || entry == null ? null : entry.name());
        }
    }
}
