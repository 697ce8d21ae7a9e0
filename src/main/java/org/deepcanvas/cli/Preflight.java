package org.deepcanvas.cli;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The one way a command checks its arguments and files before it does any work, so that a
 * mistake costs a second, not a 3000-step run. Call it first in {@code call()}, one method per
 * option, then start the work. A wrong value is a usage error (exit 2); a file that cannot be
 * read or a folder that cannot be written is a failure (exit 1); either way the message is
 * one line that names the option, the value and the reason. Outputs are never created
 * silently: their folder must exist.
 */
final class Preflight {
    private final CommandLine commandLine;
    /** Every input and output path claimed so far, to catch one file given twice. */
    private final Map<Path, String> claimed = new HashMap<>();

    private Preflight(CommandLine commandLine) {
        this.commandLine = commandLine;
    }

    static Preflight of(CommandSpec spec) {
        return new Preflight(spec.commandLine());
    }

    /** A whole number in bounds: "--epochs must be 1 to 10000, not 0". */
    Preflight range(String option, long value, long min, long max) {
        return rule(value >= min && value <= max, option + " must be " + min + " to " + max + ", not " + value);
    }

    Preflight range(String option, double value, double min, double max) {
        return rule(value >= min && value <= max, option + " must be " + plain(min) + " to " + plain(max)
                + ", not " + plain(value));
    }

    /** Above {@code exclusiveMin} and at most {@code max}, as a scale or a learning rate is. */
    Preflight rangeAbove(String option, double value, double exclusiveMin, double max) {
        return rule(value > exclusiveMin && value <= max, option + " must be above " + plain(exclusiveMin)
                + " and at most " + plain(max) + ", not " + plain(value));
    }

    Preflight positive(String option, double value) {
        return rule(value > 0, option + " must be above 0, not " + plain(value));
    }

    /** Any other rule about the arguments, e.g. "--walk-gif needs --dataset". */
    Preflight rule(boolean holds, String message) {
        if (!holds) {
            throw new ParameterException(commandLine, message);
        }
        return this;
    }

    /** Runs a check that throws IllegalArgumentException (a GIF's size, say); its reason becomes a usage error. */
    Preflight check(Runnable rule) {
        settings(() -> {
            rule.run();
            return null;
        });
        return this;
    }

    /** Builds a settings record; the reason it refuses a value becomes a usage error. */
    <T> T settings(Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, e.getMessage());
        }
    }

    /** An image or other file the command reads. */
    Preflight inputFile(String option, Path file) {
        if (file == null) {
            return this;
        }
        String what = option + " " + file + ": ";
        if (!Files.exists(file)) {
            throw new CommandFailure(what + "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new CommandFailure(what + "is a folder, not a file");
        }
        if (!Files.isReadable(file)) {
            throw new CommandFailure(what + "no permission to read it");
        }
        claim(option, file);
        return this;
    }

    /** A folder the command reads images from. */
    Preflight inputFolder(String option, Path folder) {
        if (folder == null) {
            return this;
        }
        String what = option + " " + folder + ": ";
        if (!Files.exists(folder)) {
            throw new CommandFailure(what + "no such folder");
        }
        if (!Files.isDirectory(folder)) {
            throw new CommandFailure(what + "is a file, not a folder");
        }
        if (!Files.isReadable(folder) || !Files.isExecutable(folder)) {
            throw new CommandFailure(what + "no permission to read it");
        }
        return this;
    }

    /** Files or folders (searched for images), as `dataset --input` takes them. */
    Preflight inputs(String option, List<Path> paths) {
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                inputFolder(option, path);
            } else {
                inputFile(option, path);
            }
        }
        return this;
    }

    /**
     * A file the command will write (null when the option was not given): its name ends in
     * the kind's extension, its folder exists and can be written, it is not a folder itself,
     * and no other option reads or writes it. Its sidecar, if the kind has one, is checked too.
     */
    Preflight output(String option, Path target, OutputKind kind) {
        if (target == null) {
            return this;
        }
        rule(kind.matches(target), option + " " + target + ": the name of " + article(kind.what()) + " must end in "
                + kind.extension());
        writable(option, target);
        kind.sidecarOf(target).ifPresent(sidecar -> writable(option, sidecar));
        return this;
    }

    /**
     * A folder the command writes files into (null when the option was not given): it exists
     * and can be written, or its parent folder exists and can be written, so it can be made.
     */
    Preflight outputFolder(String option, Path folder) {
        if (folder == null) {
            return this;
        }
        if (!Files.exists(folder)) {
            writable(option, folder);
            return this;
        }
        String what = option + " " + folder + ": ";
        if (!Files.isDirectory(folder)) {
            throw new CommandFailure(what + "is a file, not a folder");
        }
        if (!Files.isWritable(folder)) {
            throw new CommandFailure(what + "no permission to write in it");
        }
        claim(option, folder);
        return this;
    }

    private void writable(String option, Path target) {
        String what = option + " " + target + ": ";
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        Path shownFolder = target.getParent() != null ? target.getParent() : folder;
        if (!Files.exists(folder)) {
            throw new CommandFailure(what + "the folder " + shownFolder + " does not exist (create it first)");
        }
        if (!Files.isDirectory(folder)) {
            throw new CommandFailure(what + shownFolder + " is a file, not a folder");
        }
        if (Files.isDirectory(absolute)) {
            throw new CommandFailure(what + "is a folder; give a file name");
        }
        if (!Files.isWritable(folder)) {
            throw new CommandFailure(what + "no permission to write in " + shownFolder);
        }
        claim(option, target);
    }

    private void claim(String option, Path path) {
        String earlier = claimed.putIfAbsent(path.toAbsolutePath().normalize(), option);
        if (earlier != null) {
            rule(false, option + " " + path + " is also given to " + earlier + "; give each its own file");
        }
    }

    private static String article(String noun) {
        return ("aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    /** 1e-3 as 0.001, 100.0 as 100: numbers as a user typed them. */
    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
