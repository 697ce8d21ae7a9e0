package org.deepcanvas.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/** Accepts files and folders dropped on a node and hands their paths on. */
public final class FileDrops {
    private FileDrops() {}

    public static void install(Node target, Consumer<List<Path>> onDrop) {
        target.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            if (event.isDropCompleted() || !event.getDragboard().hasFiles()) {
                return;
            }
            onDrop.accept(event.getDragboard().getFiles().stream().map(File::toPath).toList());
            event.setDropCompleted(true);
            event.consume();
        });
    }
}
