package org.deepcanvas.cli;

import org.deepcanvas.runtime.device.DeviceChoice;
import org.deepcanvas.runtime.device.EnginePlan;
import org.deepcanvas.runtime.device.EngineStartup;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/**
 * {@code --device auto|cpu|gpu|mps}, an option of the root command inherited by every
 * command (picocli sets the root's field wherever it is given): before the command runs, the device is chosen for the process, and a device
 * asked for by name that this machine cannot use is refused in one line (exit 1).
 */
final class DeviceOption implements IExecutionStrategy {
    static final String NAME = "--device";

    private final IExecutionStrategy next = new CommandLine.RunLast();

    @Override
    public int execute(ParseResult parsed) {
        DeviceChoice given = ((DeepCanvasCommand) parsed.commandSpec().userObject()).device;
        DeviceChoice choice = given == null ? DeviceChoice.AUTO : given;
        if (choice != DeviceChoice.AUTO) {
            EnginePlan plan = EngineStartup.planFor(choice);
            if (plan.unmet()) {
                CommandLine command = parsed.commandSpec().commandLine();
                command.getErr().println(command.getColorScheme().errorText(
                        "error: " + NAME + " " + choice.label() + ": " + plan.why()));
                return 1;
            }
            EngineStartup.choose(choice, true);
        }
        return next.execute(parsed);
    }
}
