package org.deepcanvas.cli;

import org.deepcanvas.Verbosity;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints a failure as one clear line (the stack trace too with --verbose) and exits with status 1. */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        if (Verbosity.isVerbose()) {
            e.printStackTrace(cmd.getErr());
        }
        cmd.getErr().println(cmd.getColorScheme().errorText("error: " + FailureMessages.describe(e)));
        cmd.getErr().flush();
        return 1;
    }
}
