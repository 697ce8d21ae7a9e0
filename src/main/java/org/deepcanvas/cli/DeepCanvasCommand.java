package org.deepcanvas.cli;

import org.deepcanvas.Verbosity;
import org.deepcanvas.runtime.device.DeviceChoice;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

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
            StyleCommand.class,
            GanCommand.class,
            ModelsCommand.class,
            RerunCommand.class,
            BenchCommand.class,
            GpuCommand.class,
        })
public final class DeepCanvasCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = DeviceOption.NAME, scope = ScopeType.INHERIT, paramLabel = "DEVICE",
            description = "auto, cpu, gpu or mps: where the networks compute (default auto: the GPU when it can"
                    + " be used, else the CPU; `deepcanvas gpu` says which and why)")
    DeviceChoice device;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, defaultValue = "false",
            description = "Also print the libraries' log lines and, when a command fails, its stack trace.")
    void verbose(boolean on) {
        Verbosity.set(on);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** Runs a command line and returns its exit code (0 success, 1 failure, 2 usage). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /**
     * The command line with every subcommand, one-line usage and failure messages, numbers
     * checked as numbers, the device chosen before any command runs, and enum options in any case.
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new DeepCanvasCommand())
                .setExecutionExceptionHandler(new FailureHandler())
                .setParameterExceptionHandler(new UsageErrorHandler())
                .setExecutionStrategy(new DeviceOption())
                .setAllowSubcommandsAsOptionParameters(true)
                .setCaseInsensitiveEnumValuesAllowed(true);
        NumberConverters.registerOn(commandLine);
        ChoiceConverters.registerOn(commandLine);
        return commandLine;
    }
}
