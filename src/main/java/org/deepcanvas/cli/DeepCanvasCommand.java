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
            DatasetCommand.class,
            PaintCommand.class,
            AutoencodeCommand.class,
            DreamCommand.class,
            GuideCommand.class,
            ModelsCommand.class,
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
        return commandLine().execute(args);
    }

    /** The command line with every subcommand, the one-line failure handler and enum options in any case. */
    public static CommandLine commandLine() {
        return new CommandLine(new DeepCanvasCommand())
                .setExecutionExceptionHandler(new FailureHandler())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }
}
