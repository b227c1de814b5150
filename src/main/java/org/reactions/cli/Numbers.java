package org.reactions.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Numbers on the command line, with messages in the user's words rather than Java's ("'abc' is not a double"). */
final class Numbers {
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]i?)?b?", Pattern.CASE_INSENSITIVE);

    private Numbers() {
    }

    static void register(CommandLine commandLine) {
        ITypeConverter<Integer> whole = Numbers::wholeNumber;
        ITypeConverter<Double> decimal = Numbers::number;
        commandLine.registerConverter(Integer.class, whole).registerConverter(int.class, whole)
                .registerConverter(Double.class, decimal).registerConverter(double.class, decimal);
    }

    static int wholeNumber(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number");
        }
    }

    static double number(String value) {
        try {
            double number = Double.parseDouble(value.strip());
            if (!Double.isFinite(number)) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a number");
        }
    }

    /** A size in bytes: 20971520, 20MB, 20M, 512k, 1GiB (K, M, G are powers of 1024, as in -Xmx). */
    static final class ByteSize implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            Matcher m = SIZE.matcher(value.strip());
            if (!m.matches()) {
                throw new TypeConversionException("'" + value + "' is not a size (bytes, or with K, M or G: 20MB)");
            }
            int shift = m.group(2) == null ? 0 : switch (m.group(2).toLowerCase(Locale.ROOT).charAt(0)) {
                case 'k' -> 10;
                case 'm' -> 20;
                default -> 30;
            };
            try {
                long bytes = Long.parseLong(m.group(1));
                if (bytes > (Long.MAX_VALUE >> shift)) {
                    throw new NumberFormatException();
                }
                return bytes << shift;
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is too large a size");
            }
        }
    }
}
