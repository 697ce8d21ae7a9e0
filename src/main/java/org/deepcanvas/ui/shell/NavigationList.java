package org.deepcanvas.ui.shell;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.deepcanvas.runtime.JobState;
import org.deepcanvas.runtime.JobState.Phase;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The experiments of the studio, one row each, on the left of the window. A pane whose
 * job trains carries a badge (filled while it runs, hollow while paused). The list
 * collapses to its icons, by its button or by itself when the window is narrow.
 */
final class NavigationList extends VBox {
    private static final double WIDE = 210;
    private static final double NARROW = 56;
    /** Below this window width the list starts collapsed, so the pane gets the room. */
    private static final double COLLAPSE_BELOW = 1180;

    private final ListView<StudioPane> list = new ListView<>();
    private final BooleanProperty collapsed = new SimpleBooleanProperty(false);
    private boolean userChose;

    NavigationList(List<StudioPane> panes) {
        getStyleClass().add("navigation");
        list.getItems().setAll(panes);
        list.getStyleClass().add("navigation");
        list.setId("navigation");
        list.setCellFactory(view -> new PaneCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        Button toggle = new Button();
        toggle.setId("navigation-toggle");
        toggle.getStyleClass().add("flat-button");
        toggle.graphicProperty().bind(collapsed.map(narrow ->
                new FontIcon(narrow ? MaterialDesignC.CHEVRON_DOUBLE_RIGHT : MaterialDesignC.CHEVRON_DOUBLE_LEFT)));
        toggle.setTooltip(new Tooltip("Show or hide the names, leaving the icons"));
        toggle.setOnAction(e -> {
            userChose = true;
            collapsed.set(!collapsed.get());
        });
        setAlignment(Pos.BOTTOM_CENTER);
        getChildren().addAll(list, toggle);
        collapsed.addListener((obs, was, narrow) -> {
            setPrefWidth(narrow ? NARROW : WIDE);
            list.refresh();
        });
        setPrefWidth(WIDE);
        ChangeListener<Number> fitWindow = (obs, old, width) -> {
            if (!userChose) {
                collapsed.set(width.doubleValue() < COLLAPSE_BELOW);
            }
        };
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.widthProperty().addListener(fitWindow);
                fitWindow.changed(null, null, scene.getWidth());
            }
        });
    }

    ListView<StudioPane> list() {
        return list;
    }

    BooleanProperty collapsedProperty() {
        return collapsed;
    }

    private final class PaneCell extends ListCell<StudioPane> {
        private final Circle badge = new Circle(4);
        private ChangeListener<JobState> watch;
        private StudioPane watched;

        PaneCell() {
            badge.getStyleClass().add("training-badge");
            badge.setManaged(false);
        }

        @Override
        protected void updateItem(StudioPane pane, boolean empty) {
            super.updateItem(pane, empty);
            unwatch();
            if (empty || pane == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(collapsed.get() ? null : pane.title());
            setTooltip(new Tooltip(pane.title()));
            FontIcon icon = new FontIcon(pane.icon());
            icon.getStyleClass().add("navigation-icon");
            StackPane graphic = new StackPane(icon, badge);
            badge.relocate(14, -2);
            setGraphic(graphic);
            pane.runControls().ifPresent(run -> {
                watched = pane;
                watch = (obs, old, state) -> showBadge(state);
                run.stateProperty().addListener(watch);
                showBadge(run.stateProperty().get());
            });
            if (pane.runControls().isEmpty()) {
                showBadge(JobState.IDLE);
            }
        }

        private void showBadge(JobState state) {
            badge.setVisible(state.phase() == Phase.RUNNING || state.phase() == Phase.PAUSED);
            badge.getStyleClass().removeAll("running", "paused");
            if (badge.isVisible()) {
                badge.getStyleClass().add(state.phase() == Phase.RUNNING ? "running" : "paused");
            }
        }

        private void unwatch() {
            if (watched != null) {
                watched.runControls().ifPresent(run -> run.stateProperty().removeListener(watch));
                watched = null;
            }
        }
    }
}
