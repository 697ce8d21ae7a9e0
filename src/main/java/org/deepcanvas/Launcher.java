package org.deepcanvas;

import java.io.IOException;
import org.deepcanvas.cli.DeepCanvasCommand;
import org.deepcanvas.nn.library.ModelStore;
import org.deepcanvas.ui.StudioApp;

/**
 * Entry point. With no arguments it opens the studio; with arguments it runs a headless
 * command. It is a plain class (not a JavaFX Application) so that JavaFX runs from the
 * classpath, which DJL, a non-modular library, requires.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        EngineDefaults.apply();
        if (args.length == 0) {
            removeModelLeftovers();
            StudioApp.open(args);
        } else {
            System.exit(DeepCanvasCommand.run(args));
        }
    }

    /** What failed installs left in the model folder goes at start-up (the `models` commands do the same for theirs). */
    private static void removeModelLeftovers() {
        try {
            ModelStore.standard().removeLeftovers();
        } catch (IOException e) {
            // a folder that cannot be read now is reported by the Models dialog when it lists it
        }
    }
}
