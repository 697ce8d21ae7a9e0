package org.deepcanvas.cli;

import org.deepcanvas.runtime.device.DeviceChoice;
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
            ModelsCommand.class,
            BenchCommand.class,
            GpuCommand.class,
        })
public final class DeepCanvasCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = DeviceOption.NAME, scope = CommandLine.ScopeType.INHERIT, paramLabel = "DEVICE",
            description = "auto, cpu, gpu or mps: where the networks compute (default auto: the GPU when it can"
                    + " be used, else the CPU; `deepcanvas gpu` says which and why)")
    DeviceChoice device;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** Runs a command line and returns its exit code (0 success, 1 failure, 2 usage). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /**
     * The command line with every subcommand, the one-line failure handler, the device chosen
     * before any command runs, and enum options in any case.
     */
    public static CommandLine commandLine() {
        return new CommandLine(new DeepCanvasCommand())
                .setExecutionExceptionHandler(new FailureHandler())
                .setExecutionStrategy(new DeviceOption())
                .setAllowSubcommandsAsOptionParameters(true)
                .setCaseInsensitiveEnumValuesAllowed(true);
    }
}
