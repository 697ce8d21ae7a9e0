package org.deepcanvas;

import org.deepcanvas.cli.DeepCanvasCommand;
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
            StudioApp.open(args);
        } else {
            System.exit(DeepCanvasCommand.run(args));
        }
    }
}
