package org.deepcanvas.ui.shell;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks how an animated GIF should be written: speed, looping, size and quality. */
final class GifOptionsDialog {
    private GifOptionsDialog() {}

    static Optional<ExportPrompts.GifChoice> ask(Window owner, int frameCount) {
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

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Frames"), new Label(Integer.toString(frameCount)));
        grid.addRow(1, new Label("Delay per frame (ms)"), delay);
        grid.addRow(2, forever, loops);
        grid.addRow(3, new Label("Scale"), scale);
        grid.addRow(4, new Label("Mode"), mode);

        Dialog<ExportPrompts.GifChoice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export GIF");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button != ButtonType.OK ? null : new ExportPrompts.GifChoice(
                delay.getValue(),
                forever.isSelected() ? 0 : loops.getValue(),
                Integer.parseInt(scale.getValue().replace("%", "")) / 100.0,
                mode.getSelectionModel().getSelectedIndex() == 0));
        return dialog.showAndWait();
    }
}
