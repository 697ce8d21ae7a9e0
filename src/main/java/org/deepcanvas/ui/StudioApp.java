package org.deepcanvas.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The studio window. */
public final class StudioApp extends Application {
    public static void open(String[] args) {
        Application.launch(StudioApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("DeepCanvas");
        stage.setScene(new Scene(new Label("DeepCanvas"), 1280, 800));
        stage.show();
    }
}
