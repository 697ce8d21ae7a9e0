package org.deepcanvas.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.ui.canvas.FxImages;

/** Asks how an animated GIF should be written (speed, looping, size, quality), previewing it as it will play. */
final class GifOptionsDialog {
    private static final double PREVIEW_SIDE = 180;
    /** Enough frames for the preview to show the motion without copying hundreds of images. */
    private static final int PREVIEW_FRAMES = 60;

    private GifOptionsDialog() {}

    static Optional<Prompts.GifChoice> ask(Window owner, List<ArgbImage> frames) {
        Spinner<Integer> delay = new Spinner<>(20, 5000, 100, 10);
        delay.setEditable(true);
        CheckBox forever = new CheckBox("Loop forever");
        forever.setSelected(true);
        Spinner<Integer> loops = new Spinner<>(1, 100, 1);
        loops.disableProperty().bind(forever.selectedProperty());
        ComboBox<String> scale = new ComboBox<>();
        scale.getItems().addAll("50%", "100%", "200%", "400%");
        scale.getSelectionModel().select("100%");
        ComboBox<String> mode = new ComboBox<>();
        mode.getItems().addAll("Quality (palette + dithering)", "Fast");
        mode.getSelectionModel().selectFirst();
        ArgbImage first = frames.get(0);
        Label size = new Label();
        size.textProperty().bind(scale.valueProperty().map(s -> {
            double factor = Integer.parseInt(s.replace("%", "")) / 100.0;
            return Math.round(first.width() * factor) + " x " + Math.round(first.height() * factor) + " px";
        }));
        Label duration = new Label();
        duration.textProperty().bind(delay.valueProperty().map(ms -> String.format("%.1f s", frames.size() * ms / 1000.0)));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Frames"), new Label(Integer.toString(frames.size())));
        grid.addRow(1, new Label("Delay per frame (ms)"), delay);
        grid.addRow(2, new Label("Plays for"), duration);
        grid.addRow(3, forever, loops);
        grid.addRow(4, new Label("Scale"), scale);
        grid.addRow(5, new Label("Size"), size);
        grid.addRow(6, new Label("Mode"), mode);

        ImageView preview = new ImageView();
        preview.setFitWidth(PREVIEW_SIDE);
        preview.setFitHeight(PREVIEW_SIDE);
        preview.setPreserveRatio(true);
        preview.setSmooth(false);
        Timeline player = player(preview, frames, delay);

        Dialog<Prompts.GifChoice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export GIF");
        dialog.getDialogPane().setContent(new HBox(12, preview, grid));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button != ButtonType.OK ? null : new Prompts.GifChoice(
                delay.getValue(),
                forever.isSelected() ? 0 : loops.getValue(),
                Integer.parseInt(scale.getValue().replace("%", "")) / 100.0,
                mode.getSelectionModel().getSelectedIndex() == 0));
        dialog.setOnShown(e -> player.play());
        dialog.setOnHidden(e -> player.stop());
        return dialog.showAndWait();
    }

    /** Plays an evenly thinned copy of the frames, at the delay chosen, as the GIF will. */
    private static Timeline player(ImageView view, List<ArgbImage> frames, Spinner<Integer> delay) {
        int stride = Math.max(1, (frames.size() + PREVIEW_FRAMES - 1) / PREVIEW_FRAMES);
        List<Image> shown = new ArrayList<>();
        for (int i = 0; i < frames.size(); i += stride) {
            shown.add(FxImages.of(frames.get(i)));
        }
        view.setImage(shown.get(0));
        int[] next = {0};
        Timeline player = new Timeline();
        player.setCycleCount(Timeline.INDEFINITE);
        Runnable reschedule = () -> {
            boolean playing = player.getStatus() == Timeline.Status.RUNNING;
            player.stop();
            player.getKeyFrames().setAll(new KeyFrame(Duration.millis((double) delay.getValue() * stride), e -> {
                next[0] = (next[0] + 1) % shown.size();
                view.setImage(shown.get(next[0]));
            }));
            if (playing) {
                player.play();
            }
        };
        reschedule.run();
        delay.valueProperty().addListener((obs, old, ms) -> reschedule.run());
        return player;
    }
}
