package org.deepcanvas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.deepcanvas.nn.library.Cancellation;
import org.deepcanvas.nn.library.DownloadProgress;
import org.deepcanvas.nn.library.Downloader;
import org.deepcanvas.nn.library.InstalledModel;
import org.deepcanvas.nn.library.Sizes;
import org.deepcanvas.nn.library.Variant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** `models install ID [--full] [--replace]`: download a catalogue network, resuming an interrupted download. */
@Command(name = "install", mixinStandardHelpOptions = true,
        description = "Download a network from the catalogue: by default only its convolutional features (all that"
            + " dream, guide and style use; VGG-16: 59 MB of 553), with --full the whole file (class dreams)."
            + " Resumes an interrupted download; Ctrl-C keeps the part.")
final class ModelsInstallCommand implements Callable<Integer> {
    private static final Duration REPORT_EVERY = Duration.ofSeconds(1);

    @ParentCommand
    ModelsCommand parent;

    @Parameters(paramLabel = "ID", description = "A model id from `models list`.")
    String id;

    @Option(names = "--full", description = "Download the whole file, classifier included (needed for class dreams).")
    boolean full;

    @Option(names = "--replace", description = "Replace the installed network of this id once the new one is verified.")
    boolean replace;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = parent.spec.commandLine().getErr();
        Variant variant = full ? Variant.FULL : Variant.FEATURES;
        InstalledModel model = parent.library().install(id, variant, replace, Downloader.standard(),
                ProgressLines.every(REPORT_EVERY, err, DownloadProgress::describe), new Cancellation());
        parent.spec.commandLine().getOut().println("installed " + model.id() + ", " + variant.describe() + " ("
                + Sizes.describe(model.sizeBytes()) + "), verified tensor by tensor");
        return 0;
    }
}
