package org.deepcanvas.cli;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * Enum options as the help writes them: lower case, "leaky-relu" or "leaky_relu" alike, and
 * a wrong value answered with the choices in that form ("'foo' is not one of relu, tanh"),
 * not with picocli's list of constant names and display labels side by side.
 */
final class ChoiceConverters {
    private ChoiceConverters() {}

    /** Registers one converter for each enum type an option of any command takes. */
    static void registerOn(CommandLine commandLine) {
        Set<Class<?>> enums = new HashSet<>();
        collect(commandLine, enums);
        for (Class<?> type : enums) {
            register(commandLine, type.asSubclass(Enum.class));
        }
    }

    private static void collect(CommandLine command, Set<Class<?>> enums) {
        for (ArgSpec arg : command.getCommandSpec().args()) {
            Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
            if (type.isEnum()) {
                enums.add(type);
            }
        }
        command.getSubcommands().values().forEach(sub -> collect(sub, enums));
    }

    private static <E extends Enum<E>> void register(CommandLine commandLine, Class<E> type) {
        commandLine.registerConverter(type, of(type));
    }

    static <E extends Enum<E>> ITypeConverter<E> of(Class<E> type) {
        return text -> Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equalsIgnoreCase(text.trim().replace('-', '_')))
                .findFirst()
                .orElseThrow(() -> new TypeConversionException("'" + text + "' is not one of "
                        + Arrays.stream(type.getEnumConstants()).map(ChoiceConverters::name)
                                .collect(Collectors.joining(", "))));
    }

    /** How the help and the errors write a choice. */
    static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
