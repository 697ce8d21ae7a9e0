package org.deepcanvas.ui.models;

import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.deepcanvas.nn.library.Catalog;
import org.deepcanvas.nn.library.Downloader;
import org.deepcanvas.nn.library.ModelLibrary;
import org.deepcanvas.nn.library.ModelStore;

/** Opens the Models window over the studio (File > Models…); Close or Escape closes it. */
public final class ModelsDialog {
    private ModelsDialog() {}

    /**
     * Shows the dialog; a running download is cancelled when the window closes.
     *
     * @param compute runs tensor work on the studio's compute thread
     */
    public static Stage open(Window owner, Executor compute) throws IOException {
        ModelLibrary library = new ModelLibrary(Catalog.load(null), ModelStore.standard());
        ExecutorService downloads = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "model-downloads");
            thread.setDaemon(true);
            return thread;
        });
        ModelsViewModel model = new ModelsViewModel(library, Downloader::standard, downloads, compute, Platform::runLater);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Models");
        Button close = new Button("Close");
        close.setId("models-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox bar = new HBox(close);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(0, 12, 12, 12));
        BorderPane content = new BorderPane(new ModelsView(model).build());
        content.setBottom(bar);
        stage.setScene(new Scene(content, 1120, 640));
        stage.setOnHidden(e -> {
            model.cancel();
            downloads.shutdown();
        });
        stage.show();
        return stage;
    }
}
