package org.deepcanvas.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** `deepcanvas bench ...`: throughput and memory benchmarks, kept apart from the tests. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: painting speed (paint), memory over a long run (soak), autoencoder training (autoencode),"
                + " deep dream (dream), style transfer (style), GAN training (gan).",
        subcommands = {PaintBenchCommand.class, SoakBenchCommand.class, AutoencodeBenchCommand.class,
                DreamBenchCommand.class, StyleBenchCommand.class, GanBenchCommand.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing benchmark: paint, soak, autoencode, dream, style or gan");
    }
}
