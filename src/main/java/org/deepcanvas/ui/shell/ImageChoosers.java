package org.deepcanvas.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The dialogs that pick images or a folder of images to import. */
public final class ImageChoosers {
    private ImageChoosers() {}

    /** The chosen image files; empty if the user cancelled. */
    public static List<Path> images(Window owner) {
        List<File> files = imageChooser("Open images").showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    /** One chosen image file; empty if the user cancelled. */
    public static Optional<Path> image(Window owner, String title) {
        return Optional.ofNullable(imageChooser(title).showOpenDialog(owner)).map(File::toPath);
    }

    private static FileChooser imageChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Images", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp",
                        "*.tif", "*.tiff", "*.webp"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser;
    }

    /** The chosen folder as a one-element list; empty if the user cancelled. */
    public static List<Path> folder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of images");
        File folder = chooser.showDialog(owner);
        return folder == null ? List.of() : List.of(folder.toPath());
    }
}
