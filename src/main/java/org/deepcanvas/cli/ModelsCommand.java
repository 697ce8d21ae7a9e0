package org.deepcanvas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.deepcanvas.nn.library.Catalog;
import org.deepcanvas.nn.library.ModelLibrary;
import org.deepcanvas.nn.library.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** `deepcanvas models ...`: the model library from the command line. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "List, download, import, inspect and remove feature networks.",
        subcommands = {
            ModelsCommand.ListCommand.class,
            ModelsInstallCommand.class,
            ModelsImportCommand.class,
            ModelsLayersCommand.class,
            ModelsCommand.RemoveCommand.class,
            ModelsCommand.UnpinCommand.class,
            TrainFashionCommand.class,
        })
final class ModelsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--catalog", scope = ScopeType.INHERIT, paramLabel = "FILE|URL",
            description = "Catalogue of downloadable networks (default: bundled, or $" + Catalog.ENVIRONMENT_VARIABLE + ").")
    String catalog;

    @Option(names = "--models-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Model cache (default: ~/.deepcanvas/models).")
    Path modelsDir;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The library; what failed installs left in its folder is cleaned first. */
    ModelLibrary library() throws IOException {
        ModelStore store = modelsDir != null ? new ModelStore(modelsDir) : ModelStore.standard();
        store.removeLeftovers();
        return new ModelLibrary(Catalog.load(catalog), store);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Embedded, installed and available networks.")
    static final class ListCommand implements java.util.concurrent.Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        ModelsCommand parent;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = parent.spec.commandLine().getOut();
            String row = "%-16s %-25s %-10s %-10s %-6s %-14s %s%n";
            out.printf(Locale.ROOT, row, "ID", "STATUS", "SIZE", "FULL FILE", "PINNED", "ARCH", "NAME");
            for (ModelLibrary.Listing model : parent.library().list()) {
                out.printf(Locale.ROOT, row, model.id(), model.describeStatus(), model.describeSize(),
                        model.describeFullSize(), model.describePin(), model.arch(), model.name());
            }
            out.println("`models install ID` downloads a network's features (all that dream, guide and style use);"
                    + " --full its whole file.");
            return 0;
        }
    }

    /** A subcommand that acts on one model id and says what it did in one line. */
    abstract static class OnOneModel implements java.util.concurrent.Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        ModelsCommand parent;

        @Parameters(paramLabel = "ID")
        String id;

        abstract String apply(ModelLibrary library) throws IOException;

        @Override
        public Integer call() throws IOException {
            parent.spec.commandLine().getOut().println(apply(parent.library()));
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Delete an installed network (its pin stays).")
    static final class RemoveCommand extends OnOneModel {
        @Override
        String apply(ModelLibrary library) throws IOException {
            return library.remove(id) == ModelStore.Removal.REMOVED ? "removed " + id
                    : id + " was not installed; deleted what an unfinished install of it left";
        }
    }

    @Command(name = "unpin", mixinStandardHelpOptions = true,
            description = "Forget the size and checksums recorded at a network's first verified install, so that the"
                + " next install is trusted as a first one (after the file on the server changed).")
    static final class UnpinCommand extends OnOneModel {
        @Override
        String apply(ModelLibrary library) throws IOException {
            library.unpin(id);
            return "forgot the pin of " + id + "; its next install is trusted as a first one";
        }
    }
}
