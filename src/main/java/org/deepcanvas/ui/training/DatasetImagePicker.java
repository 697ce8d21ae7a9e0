package org.deepcanvas.ui.training;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.deepcanvas.data.Dataset;
import org.deepcanvas.data.DatasetEntry;
import org.deepcanvas.ui.dataset.DatasetEntryCell;

/** "Dataset image…": a list of the dataset's images with thumbnails; a double click or OK picks one. */
final class DatasetImagePicker {
    private static final int THUMBNAIL = 48;

    private DatasetImagePicker() {}

    static Optional<DatasetEntry> ask(Window owner, String title, Dataset dataset) {
        ListView<DatasetEntry> list = new ListView<>();
        list.getItems().setAll(dataset.entries());
        list.getSelectionModel().selectFirst();
        list.setPrefSize(360, 420);
        list.setCellFactory(view -> new DatasetEntryCell(THUMBNAIL));
        Dialog<DatasetEntry> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.getDialogPane().setContent(list);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(list.getSelectionModel().getSelectedItem());
                dialog.close();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? list.getSelectionModel().getSelectedItem() : null);
        return dialog.showAndWait();
    }
}
