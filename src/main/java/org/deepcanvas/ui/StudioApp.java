package org.deepcanvas.ui;

import java.io.PrintStream;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.deepcanvas.Verbosity;

/** The studio window, opened by the Launcher when it runs without arguments. */
public final class StudioApp extends Application {
    /**
     * JavaFX warns at every start that it runs from the classpath, which DJL requires (see
     * Launcher). Held here because java.util.logging keeps loggers only weakly.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    /**
     * Opens the studio and returns when its window closes: 0, or 1 after one line on
     * {@code err} when there is no display to open it on.
     */
    public static int open(String[] args, PrintStream err) {
        if (!Verbosity.isVerbose()) {
            JAVAFX_LOG.setLevel(Level.SEVERE);
        }
        try {
            Application.launch(StudioApp.class, args);
            return 0;
        } catch (UnsupportedOperationException e) {
            if (e.getMessage() == null || !e.getMessage().toUpperCase(Locale.ROOT).contains("DISPLAY")) {
                throw e;
            }
            err.println("error: the studio needs a display (" + e.getMessage() + "); the commands work without one,"
                    + " see 'deepcanvas --help'");
            return 1;
        }
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
