package org.deepcanvas.ui.dataset;

import javafx.scene.control.ListCell;
import javafx.scene.image.ImageView;
import org.deepcanvas.data.DatasetEntry;
import org.deepcanvas.ui.canvas.FxImages;

/** A dataset image in a list: its thumbnail, its name and the size of the original. */
public final class DatasetEntryCell extends ListCell<DatasetEntry> {
    private final ImageView thumbnail = new ImageView();

    public DatasetEntryCell(int thumbnailSide) {
        thumbnail.setFitWidth(thumbnailSide);
        thumbnail.setFitHeight(thumbnailSide);
    }

    @Override
    protected void updateItem(DatasetEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        if (empty || entry == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        thumbnail.setImage(FxImages.of(entry.image()));
        thumbnail.setSmooth(entry.image().width() > thumbnail.getFitWidth());
        setGraphic(thumbnail);
        setText(entry.name() + "\noriginal " + entry.originalWidth() + " x " + entry.originalHeight());
    }
}
