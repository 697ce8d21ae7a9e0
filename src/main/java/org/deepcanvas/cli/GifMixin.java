package org.deepcanvas.cli;

import org.deepcanvas.export.GifOptions;
import picocli.CommandLine.Option;

/** The GIF options every command that writes an animation shares. */
public final class GifMixin {
    @Option(names = "--gif-delay", paramLabel = "MS", defaultValue = "100",
            description = "Delay per GIF frame in milliseconds, 20 or more (default: ${DEFAULT-VALUE}).")
    int delayMillis;

    @Option(names = "--gif-loops", paramLabel = "N", defaultValue = "0",
            description = "How many times the GIF plays; 0 loops forever (default: ${DEFAULT-VALUE}).")
    int loops;

    @Option(names = "--gif-scale", paramLabel = "FACTOR", defaultValue = "1",
            description = "Scale factor for GIF frames (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--gif-fast", description = "Fast GIF colours without dithering (default: quality).")
    boolean fast;

    public GifOptions options() {
        return new GifOptions(delayMillis, loops, scale, fast ? GifOptions.Mode.FAST : GifOptions.Mode.QUALITY);
    }
}
