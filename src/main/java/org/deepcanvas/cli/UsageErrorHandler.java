package org.deepcanvas.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error as one line: what is wrong, a suggestion for a mistyped option, and where the
 * full usage is, instead of the whole usage text after it. Exits with status 2.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        StringBuilder line = new StringBuilder("error: ").append(FailureMessages.firstLine(e.getMessage()));
        if (e instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                line.append(" (did you mean ").append(String.join(" or ", suggestions)).append("?)");
            }
        }
        line.append("; see '").append(command.getCommandSpec().qualifiedName()).append(" --help'");
        err.println(command.getColorScheme().errorText(line.toString()));
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }
}
