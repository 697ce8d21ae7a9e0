package org.deepcanvas.cli;

import java.math.BigInteger;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Numbers as a person reads them: "too large (at most 2147483647)" rather than "not an int",
 * and no NaN or infinity where a command expects a number.
 */
final class NumberConverters {
    private NumberConverters() {}

    static void registerOn(CommandLine commandLine) {
        ITypeConverter<Integer> ints = text -> (int) whole(text, Integer.MIN_VALUE, Integer.MAX_VALUE);
        ITypeConverter<Long> longs = text -> whole(text, Long.MIN_VALUE, Long.MAX_VALUE);
        ITypeConverter<Double> doubles = NumberConverters::finite;
        // parsed as a float directly: through a double, rounding twice may miss the nearest float
        ITypeConverter<Float> floats = text -> {
            finite(text);
            float value = Float.parseFloat(text.trim());
            if (Float.isInfinite(value)) {
                throw new TypeConversionException("'" + text + "' is too large");
            }
            return value;
        };
        commandLine.registerConverter(Integer.class, ints).registerConverter(int.class, ints)
                .registerConverter(Long.class, longs).registerConverter(long.class, longs)
                .registerConverter(Double.class, doubles).registerConverter(double.class, doubles)
                .registerConverter(Float.class, floats).registerConverter(float.class, floats);
    }

    private static long whole(String text, long min, long max) {
        BigInteger value;
        try {
            value = new BigInteger(text.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a whole number");
        }
        if (value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new TypeConversionException("'" + text + "' is too large (at most " + max + ")");
        }
        if (value.compareTo(BigInteger.valueOf(min)) < 0) {
            throw new TypeConversionException("'" + text + "' is too small (at least " + min + ")");
        }
        return value.longValue();
    }

    private static double finite(String text) {
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a number");
        }
        if (!Double.isFinite(value)) {
            throw new TypeConversionException("'" + text + "' is not a finite number");
        }
        return value;
    }
}
