package org.deepcanvas.ui.latent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.deepcanvas.image.ArgbImage;
import org.deepcanvas.image.ImageLoader;
import org.deepcanvas.image.UnusableImageException;
import org.deepcanvas.ui.controls.SidePanel;
import org.deepcanvas.ui.shell.FileDrops;
import org.deepcanvas.ui.training.PaneServices;

/**
 * A box that collects the image files dropped on it (read off the FX thread), for an
 * attribute made from the user's own images. Files that are not usable images are named
 * in the status bar and left out; Clear empties it.
 */
final class ImageSetDrop extends VBox {
    /** Large enough for any model's 64 px, small enough to keep many images. */
    private static final int READ_SIDE = 128;

    private final PaneServices services;
    private final List<ArgbImage> images = new ArrayList<>();
    private final Label count = SidePanel.hint("drop images here");

    ImageSetDrop(String title, PaneServices services) {
        super(4);
        this.services = services;
        getStyleClass().add("image-well");
        Button clear = new Button("Clear");
        clear.setTooltip(new Tooltip("Forget the images dropped here"));
        clear.setOnAction(e -> {
            images.clear();
            showCount();
        });
        getChildren().addAll(SidePanel.hint(title), count, new HBox(clear));
        HBox.setHgrow(this, Priority.ALWAYS);
        FileDrops.install(this, this::read);
    }

    List<ArgbImage> images() {
        return List.copyOf(images);
    }

    private void read(List<Path> files) {
        Task<List<ArgbImage>> task = new Task<>() {
            @Override
            protected List<ArgbImage> call() {
                List<ArgbImage> read = new ArrayList<>();
                List<String> refused = new ArrayList<>();
                for (Path file : files) {
                    if (Files.isDirectory(file)) {
                        refused.add(file.getFileName() + " is a folder, drop its images");
                        continue;
                    }
                    try {
                        read.add(ImageLoader.load(file, READ_SIDE).image());
                    } catch (UnusableImageException e) {
                        refused.add(e.getMessage());
                    }
                }
                if (!refused.isEmpty()) {
                    updateMessage("Left out: " + String.join("; ", refused));
                }
                return read;
            }
        };
        task.setOnSucceeded(e -> {
            images.addAll(task.getValue());
            showCount();
            if (!task.getMessage().isEmpty()) {
                services.status().set(task.getMessage());
            }
        });
        services.work().submit(task);
    }

    private void showCount() {
        count.setText(images.isEmpty() ? "drop images here" : images.size() + " image" + (images.size() == 1 ? "" : "s"));
    }
}
