package org.deepcanvas.ui.shell;

import java.util.List;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.kordamp.ikonli.javafx.FontIcon;

/** The experiments of the studio, one row each, on the left of the window. */
final class NavigationList extends ListView<StudioPane> {
    NavigationList(List<StudioPane> panes) {
        getItems().setAll(panes);
        getStyleClass().add("navigation");
        setId("navigation");
        setPrefWidth(210);
        setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(StudioPane pane, boolean empty) {
                super.updateItem(pane, empty);
                if (empty || pane == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    setText(pane.title());
                    FontIcon icon = new FontIcon(pane.icon());
                    icon.getStyleClass().add("navigation-icon");
                    setGraphic(icon);
                }
            }
        });
    }
}
