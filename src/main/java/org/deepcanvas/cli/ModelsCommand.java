package org.deepcanvas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.deepcanvas.nn.library.Catalog;
import org.deepcanvas.nn.library.ModelLibrary;
import org.deepcanvas.nn.library.ModelStore;
import org.deepcanvas.nn.library.Sizes;
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

    ModelLibrary library() throws IOException {
        ModelStore store = modelsDir != null ? new ModelStore(modelsDir) : ModelStore.standard();
        return new ModelLibrary(Catalog.load(catalog), store);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Embedded, installed and available networks.")
    static final class ListCommand implements java.util.concurrent.Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        ModelsCommand parent;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = parent.spec.commandLine().getOut();
            out.printf(Locale.ROOT, "%-16s %-10s %-11s %-15s %s%n", "ID", "STATUS", "SIZE", "ARCH", "NAME");
            for (ModelLibrary.Listing model : parent.library().list()) {
                String size = model.sizeBytes() == 0 ? "-"
                        : (model.sizeExact() ? "" : "~") + Sizes.describe(model.sizeBytes());
                out.printf(Locale.ROOT, "%-16s %-10s %-11s %-15s %s%n", model.id(),
                        model.status().name().toLowerCase(Locale.ROOT), size, model.arch(), model.name());
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Delete an installed network.")
    static final class RemoveCommand implements java.util.concurrent.Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        ModelsCommand parent;

        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() throws IOException {
            if (!parent.library().remove(id)) {
                throw new IllegalArgumentException(id + " is not installed");
            }
            parent.spec.commandLine().getOut().println("removed " + id);
            return 0;
        }
    }
}
