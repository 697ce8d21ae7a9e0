package org.deepcanvas.cli;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.deepcanvas.data.FashionMnist;
import org.deepcanvas.nn.LayeredNet;
import org.deepcanvas.nn.WeightFile;
import org.deepcanvas.nn.embedded.FashionTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `models train-fashion`: reproduces the embedded Fashion-MNIST classifier. */
@Command(name = "train-fashion", mixinStandardHelpOptions = true,
        description = "Train the embedded Fashion-MNIST classifier (seeded) and write its weights.")
final class TrainFashionCommand implements Callable<Integer> {
    private static final int MAX_EPOCHS = 1000;

    @ParentCommand
    ModelsCommand parent;

    @Option(names = "--epochs", defaultValue = "8", paramLabel = "N",
            description = "Passes over the training images, 1 to 1000 (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", defaultValue = "5", paramLabel = "N",
            description = "Random seed (default: ${DEFAULT-VALUE}, which made the embedded weights).")
    long seed;

    @Option(names = "--out", defaultValue = "assets/models/fashion-cnn.safetensors", paramLabel = "FILE",
            description = "Where to write the weights (default: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Preflight.of(spec).range("--epochs", epochs, 1, MAX_EPOCHS).output("--out", out, OutputKind.WEIGHTS);
        PrintWriter console = parent.spec.commandLine().getOut();
        FashionTrainer.Plan standard = FashionTrainer.Plan.standard();
        FashionTrainer.Plan plan = new FashionTrainer.Plan(epochs, standard.batchSize(), standard.learningRate(), seed);
        try (NDManager manager = NDManager.newBaseManager();
                LayeredNet net = FashionTrainer.train(manager, FashionMnist.train(), plan, (epoch, loss) -> {
                    console.printf(Locale.ROOT, "epoch %d: mean loss %.4f%n", epoch, loss);
                    console.flush();
                })) {
            double accuracy = FashionTrainer.accuracy(net, FashionMnist.test(), Integer.MAX_VALUE, manager);
            WeightFile.writeSafetensors(net.weights(), out);
            console.printf(Locale.ROOT, "test accuracy %.4f on 10,000 held-out images; weights written to %s%n",
                    accuracy, out);
        }
        return 0;
    }
}
