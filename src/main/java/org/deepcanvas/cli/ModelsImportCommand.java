package org.deepcanvas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.deepcanvas.nn.library.InstalledModel;
import org.deepcanvas.nn.library.ModelLibrary;
import org.deepcanvas.nn.library.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `models import FILE --arch vgg19`: add a user's own weight file after checking that it fits. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a weight file: .safetensors or .npz for a known architecture, or a TorchScript module.",
            "Pickle files are refused; a TorchScript module is code and runs, so it needs --trust-code."})
final class ModelsImportCommand implements Callable<Integer> {
    @ParentCommand
    ModelsCommand parent;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--arch", required = true, description = "vgg16, vgg19, fashion-cnn, or torchscript for a .pt module "
            + "whose forward returns a dict of named activations.")
    String arch;

    @Option(names = "--trust-code", description = "Accept that a TorchScript module is code and will run.")
    boolean trustCode;

    @Option(names = "--id", description = "Id in the library (default: the file name without extension).")
    String id;

    @Option(names = "--replace", description = "Replace an imported network of the same id.")
    boolean replace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Preflight.of(spec).inputFile("FILE", file);
        String chosenId = id != null ? id : ModelLibrary.idFor(file);
        InstalledModel model = arch.equals(ModelStore.TORCHSCRIPT)
                ? parent.library().importTorchScript(file, chosenId, trustCode, replace)
                : parent.library().importFile(file, arch, chosenId, replace);
        parent.spec.commandLine().getOut().println("imported " + model.id() + " as " + model.arch());
        return 0;
    }
}
