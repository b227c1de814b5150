package org.reactions.pipeline;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The values of an option that are words, the lower-case names of an enum's constants, read in any case and with
 * spaces around them (" Reports"), as every front end reads them (the command line's {@code EnumWords}, the Spark
 * job's arguments): a word that is none of them says which words there are.
 */
public final class OptionWords {
    private OptionWords() {
    }

    /**
     * The constant a word names.
     *
     * @throws IllegalArgumentException "'all' is not claims or reports", for a word that names none
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        String typed = value.strip().toLowerCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (word(constant).equals(typed)) {
                return constant;
            }
        }
        List<String> words = words(type);
        throw new IllegalArgumentException("'" + value + "' is not " + (words.size() == 1 ? words.get(0) + " (the only one there is)"
                : words.size() == 2 ? words.get(0) + " or " + words.get(1) : "one of " + String.join(", ", words)));
    }

    /** The words of an enum's constants, in their order. */
    public static List<String> words(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(OptionWords::word).toList();
    }

    private static String word(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
