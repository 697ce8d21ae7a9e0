package org.deepcanvas.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** What every image-optimisation command writes (a PNG with its settings, a GIF of the run) and its seed. */
final class ImageOutputs {
    @Option(names = "--seed", defaultValue = "42", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--png", paramLabel = "FILE", description = "write the result, with its settings")
    Path png;

    @Option(names = "--gif", paramLabel = "FILE", description = "write the run as an animation")
    Path gif;

    /** At least one output, each writable, before any work. */
    void check(Preflight checks) {
        checks.rule(png != null || gif != null, "nothing to write: give --png FILE, --gif FILE or both")
                .output("--png", png, OutputKind.PNG)
                .output("--gif", gif, OutputKind.GIF);
    }
}
