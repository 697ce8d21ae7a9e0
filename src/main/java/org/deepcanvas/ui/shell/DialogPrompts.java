package org.deepcanvas.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.deepcanvas.image.ArgbImage;

/** The studio's questions asked with real dialogs: a file chooser, the GIF options, an alert. */
public final class DialogPrompts implements Prompts {
    private final Supplier<Window> owner;

    public DialogPrompts(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> target(String suggestedName, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(chosen -> withExtension(chosen.toPath(), pattern));
    }

    /** GTK's save dialog returns the name as typed: "fashion-ae" for "*.safetensors". */
    static Path withExtension(Path file, String pattern) {
        String extension = pattern.substring(pattern.lastIndexOf('.'));
        String name = file.getFileName().toString();
        return name.toLowerCase().endsWith(extension.toLowerCase()) ? file : file.resolveSibling(name + extension);
    }

    @Override
    public Optional<GifChoice> gifOptions(List<ArgbImage> frames) {
        return GifOptionsDialog.ask(owner.get(), frames);
    }

    @Override
    public Optional<String> name(String title, String question, String suggested) {
        TextInputDialog dialog = new TextInputDialog(suggested);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(question);
        return dialog.showAndWait().map(String::trim).filter(name -> !name.isEmpty());
    }

    @Override
    public Optional<Integer> choose(String title, String question, List<String> answers) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        List<ButtonType> buttons = answers.stream()
                .map(answer -> new ButtonType(answer, ButtonBar.ButtonData.OTHER)).toList();
        alert.getButtonTypes().setAll(buttons);
        alert.getButtonTypes().add(ButtonType.CANCEL);
        return alert.showAndWait().map(buttons::indexOf).filter(index -> index >= 0);
    }
}
