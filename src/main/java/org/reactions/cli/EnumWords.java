package org.reactions.cli;

import java.util.Iterator;
import org.reactions.corpus.InputFormat;
import org.reactions.pipeline.Counting;
import org.reactions.pipeline.OptionWords;
import org.reactions.statements.Voice;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The values of an option that are words, the lower-case names of an enum's constants, read in any case and with
 * spaces around them (" Reports"), as the library reads them ({@link OptionWords}): picocli's converter, and the words
 * the shell completes. A word that is none of them is a usage error of one line, as for every option value: "Invalid
 * value for option '--count': 'all' is not claims or reports".
 */
abstract class EnumWords<E extends Enum<E>> implements ITypeConverter<E>, Iterable<String> {
    private final Class<E> type;

    EnumWords(Class<E> type) {
        this.type = type;
    }

    @Override
    public E convert(String value) {
        try {
            return OptionWords.parse(type, value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    @Override
    public Iterator<String> iterator() {
        return OptionWords.words(type).iterator();
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
