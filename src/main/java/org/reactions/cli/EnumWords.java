package org.reactions.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.reactions.corpus.InputFormat;
import org.reactions.statements.Voice;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The values of an option that are words, the lower-case names of an enum's constants, read in any case and with
 * spaces around them (" Reports"): picocli's converter, and the words the shell completes. A word that is none of
 * them is a usage error of one line, as for every option value: "Invalid value for option '--count': 'all' is not
 * claims or reports".
 */
abstract class EnumWords<E extends Enum<E>> implements ITypeConverter<E>, Iterable<String> {
    private final Class<E> type;

    EnumWords(Class<E> type) {
        this.type = type;
    }

    @Override
    public E convert(String value) {
        String typed = value.strip().toLowerCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (word(constant).equals(typed)) {
                return constant;
            }
        }
        List<String> words = words();
        throw new TypeConversionException("'" + value + "' is not " + (words.size() == 1 ? words.get(0) + " (the only one there is)"
                : words.size() == 2 ? words.get(0) + " or " + words.get(1) : "one of " + String.join(", ", words)));
    }

    @Override
    public Iterator<String> iterator() {
        return words().iterator();
    }

    private List<String> words() {
        return Arrays.stream(type.getEnumConstants()).map(EnumWords::word).toList();
    }

    private static String word(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** --voices: official, source, reported. */
    static final class Voices extends EnumWords<Voice> {
        Voices() {
            super(Voice.class);
        }
    }

    /** --input-format: text, html, jsonl, json. */
    static final class InputFormats extends EnumWords<InputFormat> {
        InputFormats() {
            super(InputFormat.class);
        }
    }

    /** --count: what stance labels and highlights count, each claim once or every report. */
    enum Counting {
        CLAIMS, REPORTS
    }

    static final class Counts extends EnumWords<Counting> {
        Counts() {
            super(Counting.class);
        }
    }

    /** --by: how the CSV timeline groups a country's statements. */
    enum Grouping {
        DATE
    }

    static final class Groupings extends EnumWords<Grouping> {
        Groupings() {
            super(Grouping.class);
        }
    }
}
