package org.deepcanvas.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints a failure as one clear line (no stack trace) and exits with status 1. */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        cmd.getErr().println(cmd.getColorScheme().errorText("error: " + message));
        return 1;
    }
}
