package org.deepcanvas;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.deepcanvas.cli.DeepCanvasCommand;
import org.deepcanvas.export.LeftoverFiles;
import org.deepcanvas.nn.library.ModelStore;
import org.deepcanvas.runtime.MklOnAmd;
import org.deepcanvas.runtime.TorchHugePages;
import org.deepcanvas.ui.StudioApp;
import org.slf4j.LoggerFactory;

/**
 * Entry point. With no arguments (or only --verbose) it opens the studio; with arguments it
 * runs a headless command. It is a plain class (not a JavaFX Application) so that JavaFX runs
 * from the classpath, which DJL, a non-modular library, requires.
 */
public final class Launcher {
    private static final String VERBOSE = "--verbose";

    private Launcher() {}

    public static void main(String[] args) {
        EngineDefaults.apply();
        // before anything logs: logging reads its levels once
        Verbosity.set(List.of(args).contains(VERBOSE));
        TorchHugePages.enableBeforeEngineLoads();
        MklOnAmd.useAvx512KernelsBeforeEngineLoads();
        cleanUpUnfinishedExports();
        boolean studio = args.length == 0 || List.of(args).equals(List.of(VERBOSE));
        if (studio) {
            removeModelLeftovers();
        }
        System.exit(studio ? StudioApp.open(args, System.err) : DeepCanvasCommand.run(args));
    }

    /** What failed installs left in the model folder goes at start-up (the `models` commands do the same for theirs). */
    private static void removeModelLeftovers() {
        try {
            ModelStore.standard().removeLeftovers();
        } catch (IOException e) {
            LoggerFactory.getLogger(Launcher.class).debug("cannot clean the model folder", e);
        }
    }

    /** Exports killed mid-write leave hidden temporary files; this start deletes them. */
    private static void cleanUpUnfinishedExports() {
        Path journal = Path.of(System.getProperty("user.home"), ".deepcanvas", "unfinished-exports");
        try {
            LeftoverFiles.track(journal);
        } catch (Exception e) {
            LoggerFactory.getLogger(Launcher.class).debug("cannot keep notes of exports in {}", journal, e);
        }
    }
}
