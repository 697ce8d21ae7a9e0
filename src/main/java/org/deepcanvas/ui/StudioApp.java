package org.deepcanvas.ui;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.deepcanvas.Verbosity;
import sun.misc.Signal;

/** The studio window, opened by the Launcher when it runs without arguments. */
public final class StudioApp extends Application {
    /**
     * JavaFX warns at every start that it runs from the classpath, which DJL requires (see
     * Launcher). Held here because java.util.logging keeps loggers only weakly.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");
    private static final long QUIT_DEADLINE_MILLIS = 10_000;

    /**
     * Opens the studio and returns when its window closes: 0, or 1 after one line on
     * {@code err} when there is no display to open it on.
     */
    public static int open(String[] args, PrintStream err) {
        if (!Verbosity.isVerbose()) {
            JAVAFX_LOG.setLevel(Level.SEVERE);
        }
        quitOnSignals();
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

    private Studio studio;

    @Override
    public void start(Stage stage) {
        studio = Studio.create();
        Scene scene = new Scene(studio.window(), 1360, 860);
        scene.getStylesheets().add(Studio.stylesheet());
        stage.setTitle("DeepCanvas");
        stage.setScene(scene);
        stage.show();
        fitOnScreen(stage);
        studio.loadSamples();
    }

    /** A screen smaller than the window's preferred size (a 1024 x 768 laptop) gets all of itself instead. */
    private static void fitOnScreen(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (stage.getWidth() > screen.getWidth() || stage.getHeight() > screen.getHeight()) {
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(Math.min(stage.getWidth(), screen.getWidth()));
            stage.setHeight(Math.min(stage.getHeight(), screen.getHeight()));
        }
    }

    /** Closing the window, or a signal, ends here: the jobs stop before the engine goes away. */
    @Override
    public void stop() {
        if (studio != null) {
            studio.close();
        }
    }

    /**
     * Ctrl+C or a kill: leave JavaFX as closing the window does. Left to the JVM's default,
     * the exit tears JavaFX's renderer down under a pulse in flight (a RejectedExecutionException
     * on the console) and the compute thread stops mid-step. Should JavaFX not finish within
     * seconds (busy, or not started yet), the process exits anyway. Either way the status is 0:
     * the user asked it to quit, so `mvn exec:exec` reports no failure.
     */
    private static void quitOnSignals() {
        for (String name : List.of("INT", "TERM")) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    try {
                        Platform.runLater(Platform::exit);
                    } catch (IllegalStateException notStartedYet) {
                        System.exit(0);
                        return;
                    }
                    Thread deadline = new Thread(() -> {
                        try {
                            Thread.sleep(QUIT_DEADLINE_MILLIS);
                        } catch (InterruptedException e) {
                            return;
                        }
                        System.exit(0);
                    }, "deepcanvas-quit-deadline");
                    deadline.setDaemon(true);
                    deadline.start();
                });
            } catch (IllegalArgumentException unsupported) {
                // this platform does not have the signal (Windows has no TERM)
            }
        }
    }
}
