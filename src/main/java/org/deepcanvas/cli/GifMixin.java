package org.deepcanvas.cli;

import java.util.ArrayList;
import java.util.List;
import org.deepcanvas.export.GifOptions;
import picocli.CommandLine.Option;

/** The GIF options every command that writes an animation shares. */
public final class GifMixin {
    private static final double MAX_SCALE = 32;

    @Option(names = "--gif-delay", paramLabel = "MS", defaultValue = "100",
            description = "Delay per GIF frame in milliseconds, 20 to 655350 (default: ${DEFAULT-VALUE}).")
    int delayMillis;

    @Option(names = "--gif-loops", paramLabel = "N", defaultValue = "0",
            description = "How many times the GIF plays, up to 65536; 0 loops forever (default: ${DEFAULT-VALUE}).")
    int loops;

    @Option(names = "--gif-scale", paramLabel = "FACTOR", defaultValue = "1",
            description = "Scale factor for GIF frames, above 0 and up to 32 (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--gif-fast", description = "Fast GIF colours without dithering (default: quality).")
    boolean fast;

    /** These options as arguments, to hand on to another command. */
    List<String> arguments() {
        List<String> arguments = new ArrayList<>(List.of("--gif-delay", Integer.toString(delayMillis),
                "--gif-loops", Integer.toString(loops), "--gif-scale", Double.toString(scale)));
        if (fast) {
            arguments.add("--gif-fast");
        }
        return arguments;
    }

    /** The options, checked before any work; a bad value is a usage error naming its option. */
    GifOptions options(Preflight checks) {
        checks.range("--gif-delay", delayMillis, 20, 655_350)
                .range("--gif-loops", loops, 0, 65_536)
                .rangeAbove("--gif-scale", scale, 0, MAX_SCALE);
        return new GifOptions(delayMillis, loops, scale, fast ? GifOptions.Mode.FAST : GifOptions.Mode.QUALITY);
    }
}
