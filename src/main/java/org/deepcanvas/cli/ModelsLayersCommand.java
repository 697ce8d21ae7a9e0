package org.deepcanvas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.deepcanvas.nn.library.ModelLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `models layers ID --size 224`: every layer's name and output shape, no weights needed. */
@Command(name = "layers", mixinStandardHelpOptions = true,
        description = "List a network's layers with their output shapes for an input size.")
final class ModelsLayersCommand implements Callable<Integer> {
    private static final int MIN_SIZE = 8;
    private static final int MAX_SIZE = 4096;

    @ParentCommand
    ModelsCommand parent;

    @Parameters(paramLabel = "ID")
    String id;

    @Option(names = "--size", paramLabel = "PX", description = "Input side in pixels, 8 to 4096 (default: the network's own).")
    Integer size;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (size != null) {
            Preflight.of(spec).range("--size", size, MIN_SIZE, MAX_SIZE);
        }
        ModelLibrary library = parent.library();
        int ownSize = library.inputSize(id);
        int side = size != null ? size : ownSize;
        PrintWriter out = parent.spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s, input %dx%d%n", id, side, side);
        for (ModelLibrary.LayerInfo layer : library.layers(id, side)) {
            out.println(String.format(Locale.ROOT, "  %-10s %-22s %-28s %s", layer.name(), layer.shapeText(ownSize),
                    layer.description(), layer.uses()).stripTrailing());
        }
        return 0;
    }
}
