package org.deepcanvas.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** `deepcanvas bench ...`: throughput measurements, compared with PyTorch peers in bench/. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure training throughput.",
        subcommands = {BenchAutoencodeCommand.class})
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing benchmark, e.g. `bench autoencode`");
    }
}
