package org.deepcanvas.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the headless commands: `deepcanvas <command> ...`. */
@Command(
        name = "deepcanvas",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "DeepCanvas: creative deep learning experiments, headless.",
        subcommands = {
            CommandLine.HelpCommand.class,
            PaintCommand.class,
            BenchCommand.class,
        })
public final class DeepCanvasCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** Runs a command line and returns its exit code (0 success, 1 failure, 2 usage). */
    public static int run(String... args) {
        return new CommandLine(new DeepCanvasCommand())
                .setExecutionExceptionHandler(new FailureHandler())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
    }
}
