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
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** `models install ID`: download a catalogue network, resuming an interrupted download. */
@Command(name = "install", mixinStandardHelpOptions = true,
        description = "Download a network from the catalogue (resumes an interrupted download; Ctrl-C keeps the part).")
final class ModelsInstallCommand implements Callable<Integer> {
    private static final Duration REPORT_EVERY = Duration.ofSeconds(1);

    @ParentCommand
    ModelsCommand parent;

    @Parameters(paramLabel = "ID", description = "A model id from `models list`.")
    String id;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = parent.spec.commandLine().getErr();
        InstalledModel model = parent.library().install(id, Downloader.standard(),
                ProgressLines.every(REPORT_EVERY, err, DownloadProgress::describe), new Cancellation());
        parent.spec.commandLine().getOut().println("installed " + model.id() + " (" + Sizes.describe(model.sizeBytes()) + ")");
        return 0;
    }
}
