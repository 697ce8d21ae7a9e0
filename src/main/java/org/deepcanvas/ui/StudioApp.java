package org.deepcanvas.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The studio window, opened by the Launcher when it runs without arguments. */
public final class StudioApp extends Application {
    public static void open(String[] args) {
        Application.launch(StudioApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Studio studio = Studio.create();
        Scene scene = new Scene(studio.window(), 1360, 860);
        scene.getStylesheets().add(Studio.stylesheet());
        stage.setTitle("DeepCanvas");
        stage.setScene(scene);
        stage.setOnHidden(e -> studio.close());
        stage.show();
        studio.loadSamples();
    }
}
