package org.deepcanvas.ui.shell;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The bottom line of the window: background work with progress and cancel, device, memory. */
public final class StatusBar extends HBox {
    private static final long MEGABYTE = 1024 * 1024;

    private final StringProperty message = new SimpleStringProperty("Ready");
    private final StringProperty device = new SimpleStringProperty("Device: starting…");
    private final Label workLabel = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button(null, new FontIcon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
    private final Label memory = new Label();
    private final Hyperlink offer = new Hyperlink();

    public StatusBar(BackgroundWork work) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setPadding(new Insets(3, 10, 3, 10));
        Label messageLabel = new Label();
        messageLabel.textProperty().bind(message);
        messageLabel.setId("status-message");
        progress.setPrefWidth(140);
        cancel.getStyleClass().add("flat-button");
        cancel.setAccessibleText("Cancel background work");
        Label deviceLabel = new Label();
        deviceLabel.textProperty().bind(device);
        deviceLabel.setId("status-device");
        Tooltip deviceTip = new Tooltip();
        deviceTip.textProperty().bind(device);
        deviceLabel.setTooltip(deviceTip);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        offer.setId("status-offer");
        offer.setMinWidth(Region.USE_PREF_SIZE);
        offer.managedProperty().bind(offer.visibleProperty());
        offer.setVisible(false);
        getChildren().addAll(messageLabel, workLabel, progress, cancel, spacer, offer, deviceLabel, memory);
        work.running().addListener((ListChangeListener<Task<?>>) change -> showWork(work));
        showWork(work);
        Timeline memoryTicker = new Timeline(new KeyFrame(Duration.seconds(2), e -> showMemory()));
        memoryTicker.setCycleCount(Timeline.INDEFINITE);
        memoryTicker.play();
        showMemory();
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty deviceProperty() {
        return device;
    }

    /** A link beside the device, shown while {@code shown} is true ("Install GPU runtime…"). */
    public void offer(String text, ObservableBooleanValue shown, Runnable action) {
        offer.setText(text);
        offer.visibleProperty().bind(shown);
        offer.setOnAction(e -> action.run());
    }

    private void showWork(BackgroundWork work) {
        boolean busy = !work.running().isEmpty();
        workLabel.setVisible(busy);
        progress.setVisible(busy);
        cancel.setVisible(busy);
        if (!busy) {
            workLabel.textProperty().unbind();
            progress.progressProperty().unbind();
            return;
        }
        Task<?> task = work.running().get(0);
        int others = work.running().size() - 1;
        workLabel.textProperty().bind(Bindings.concat(
                task.titleProperty(), ": ", task.messageProperty(), others > 0 ? " (+" + others + " more)" : ""));
        progress.progressProperty().bind(task.progressProperty());
        cancel.setOnAction(e -> task.cancel());
    }

    private void showMemory() {
        Runtime runtime = Runtime.getRuntime();
        long used = (runtime.totalMemory() - runtime.freeMemory()) / MEGABYTE;
        memory.setText("Memory " + used + " / " + runtime.maxMemory() / MEGABYTE + " MB");
    }
}
