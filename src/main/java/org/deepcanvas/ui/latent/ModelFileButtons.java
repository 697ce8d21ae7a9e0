package org.deepcanvas.ui.latent;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import org.deepcanvas.ui.shell.Messages;
import org.deepcanvas.ui.training.PaneServices;

/**
 * Save model… and Open model… for a pane that trains a network it can keep: saving asks
 * for the file (the extension added), writes it on the compute thread between two steps and
 * says where; opening hands the chosen file to the pane, and a file it cannot use gets one
 * line naming it.
 */
public final class ModelFileButtons extends HBox {
    private static final String PATTERN = "*.safetensors";

    /** What the pane does with a saved model the user opened. */
    @FunctionalInterface
    public interface Opener {
        void open(Path file) throws Exception;
    }

    /**
     * @param what the model, for the dialogs and tooltips ("autoencoder")
     * @param baseName the file name suggested for saving, without extension
     * @param save writes the current model to a file and completes with it
     */
    public ModelFileButtons(String what, PaneServices services, Supplier<String> baseName,
                            Function<Path, CompletableFuture<Path>> save, Opener open) {
        super(6);
        Button saveButton = new Button("Save model…");
        saveButton.setTooltip(new Tooltip("Write the " + what + " and its settings to a .safetensors file"));
        saveButton.setOnAction(e -> services.prompts().target(baseName.get() + ".safetensors", "safetensors", PATTERN)
                .ifPresent(file -> save.apply(file).whenComplete((path, error) -> services.status().set(error == null
                        ? "Saved " + path + " and its settings" : "Save failed: " + Messages.rootCause(error)))));
        Button openButton = new Button("Open model…");
        openButton.setTooltip(new Tooltip("Load a saved " + what + " to explore it, or train it on"));
        openButton.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open a saved " + what);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("safetensors", PATTERN));
            File file = chooser.showOpenDialog(getScene().getWindow());
            if (file == null) {
                return;
            }
            try {
                open.open(file.toPath());
            } catch (Exception problem) {
                services.status().set("Cannot open " + file.getName() + ": " + Messages.rootCause(problem));
            }
        });
        getChildren().addAll(saveButton, openButton);
    }
}
