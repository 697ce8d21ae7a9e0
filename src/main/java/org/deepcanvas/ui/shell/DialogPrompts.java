package org.deepcanvas.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Export questions asked with a file chooser and the GIF options dialog. */
public final class DialogPrompts implements ExportPrompts {
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
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<GifChoice> gifOptions(int frameCount) {
        return GifOptionsDialog.ask(owner.get(), frameCount);
    }
}
