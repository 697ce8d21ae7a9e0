package org.deepcanvas.ui.dataset;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.deepcanvas.data.DatasetEntry;
import org.deepcanvas.data.SkippedFile;
import org.deepcanvas.ui.controls.SidePanel;

/** The right panel of the Dataset pane: every image with its origin, and every skipped file with its reason. */
final class DatasetInspector extends VBox {
    private static final int THUMBNAIL = 40;

    private final ListView<DatasetEntry> images = new ListView<>();
    private final ObservableList<SkippedFile> skippedFiles = FXCollections.observableArrayList();
    private final Label skippedTitle = SidePanel.section("Skipped");

    DatasetInspector(DatasetModel model) {
        getStyleClass().add("side-panel");
        setPrefWidth(300);
        images.setId("dataset-images");
        images.setCellFactory(list -> new DatasetEntryCell(THUMBNAIL));
        images.setTooltip(new Tooltip("Click an image to find it in the montage; Delete or a right click removes it"));
        MenuItem remove = new MenuItem("Remove from the dataset");
        remove.setId("dataset-remove");
        remove.setOnAction(e -> removeSelected(model));
        images.setContextMenu(new ContextMenu(remove));
        images.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                removeSelected(model);
            }
        });
        VBox.setVgrow(images, Priority.ALWAYS);

        ListView<SkippedFile> skipped = new ListView<>(skippedFiles);
        skipped.setId("dataset-skipped");
        skipped.getStyleClass().add("skipped-list");
        skipped.setPrefHeight(150);
        skipped.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SkippedFile file, boolean empty) {
                super.updateItem(file, empty);
                setText(empty || file == null ? null : file.toString());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        skipped.visibleProperty().bind(skippedTitle.visibleProperty());
        skipped.managedProperty().bind(skippedTitle.visibleProperty());
        skippedTitle.managedProperty().bind(skippedTitle.visibleProperty());

        getChildren().addAll(SidePanel.section("Images"), images, skippedTitle, skipped);
        model.snapshot().addListener((obs, old, snapshot) -> show(snapshot));
        show(model.snapshot().get());
    }

    /** The index of the selected image, -1 for none. */
    ReadOnlyIntegerProperty selectedIndex() {
        return images.getSelectionModel().selectedIndexProperty();
    }

    private void removeSelected(DatasetModel model) {
        DatasetEntry entry = images.getSelectionModel().getSelectedItem();
        if (entry != null) {
            model.remove(entry);
        }
    }

    /** Selects and reveals the image at an index of the dataset. */
    void select(int index) {
        images.getSelectionModel().select(index);
        images.scrollTo(index);
    }

    private void show(DatasetSnapshot snapshot) {
        images.getItems().setAll(snapshot.dataset().entries());
        skippedFiles.setAll(snapshot.skipped());
        skippedTitle.setText("Skipped (" + snapshot.skipped().size() + ")");
        skippedTitle.setVisible(!snapshot.skipped().isEmpty());
    }
}
