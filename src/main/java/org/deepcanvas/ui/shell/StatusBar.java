package org.deepcanvas.ui.shell;

import java.util.List;
import java.util.stream.Collectors;
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
import org.deepcanvas.runtime.JobState;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The bottom line of the window: the latest message (it fades after a while, so an old
 * one never reads as news), the jobs training and their step, background work with
 * progress and cancel, the device and the memory in use.
 */
public final class StatusBar extends HBox {
    private static final long MEGABYTE = 1024 * 1024;
    private static final Duration MESSAGE_LIFETIME = Duration.seconds(20);

    private final StringProperty message = new SimpleStringProperty("Ready");
    private final StringProperty device = new SimpleStringProperty("Device: starting…");
    private final Label workLabel = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button(null, new FontIcon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
    private final Label memory = new Label();
    private final Label jobs = new Label();
    private final Timeline messageExpiry = new Timeline();
    private List<RunControls> runs = List.of();
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
        jobs.setId("status-jobs");
        jobs.setMinWidth(Region.USE_PREF_SIZE);
        messageLabel.setMinWidth(0);
        HBox.setHgrow(messageLabel, Priority.SOMETIMES);
        deviceLabel.setMinWidth(0);
        // the device is in its tooltip and in About: in a narrow window it gives way to the messages
        deviceLabel.maxWidthProperty().bind(widthProperty().multiply(0.3));
        memory.setMinWidth(Region.USE_PREF_SIZE);
        offer.setId("status-offer");
        offer.setMinWidth(Region.USE_PREF_SIZE);
        offer.managedProperty().bind(offer.visibleProperty());
        offer.setVisible(false);
        getChildren().addAll(messageLabel, jobs, workLabel, progress, cancel, spacer, offer, deviceLabel, memory);
        message.addListener((obs, old, text) -> {
            messageExpiry.stop();
            if (!text.isEmpty()) {
                messageExpiry.getKeyFrames().setAll(new KeyFrame(MESSAGE_LIFETIME, e -> message.set("")));
                messageExpiry.playFromStart();
            }
        });
        work.running().addListener((ListChangeListener<Task<?>>) change -> showWork(work));
        showWork(work);
        Timeline memoryTicker = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            showMemory();
            showJobs();
        }));
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

    /** The panes' jobs the bar names while they train ("Pixel painting: step 1,200"). */
    public void showJobs(List<RunControls> trainable) {
        runs = List.copyOf(trainable);
        showJobs();
    }

    private void showJobs() {
        String training = runs.stream()
                .filter(run -> run.stateProperty().get().phase() == JobState.Phase.RUNNING)
                .map(run -> run.name() + ": step " + String.format("%,d", run.steps()))
                .collect(Collectors.joining(" · "));
        jobs.setText(training.isEmpty() ? "" : "Training " + training);
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
