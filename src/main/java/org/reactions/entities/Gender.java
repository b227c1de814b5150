package org.reactions.entities;

import java.util.Locale;
import java.util.Set;
import org.reactions.knowledge.FunctionWords;

/**
 * What a pronoun, a title or a given name says of a person's sex, so that "she" never stands for a man named last:
 * "Zakharova said ... Rubio called for talks. She added". UNKNOWN (most names and titles) fits either.
 */
public enum Gender {
    MALE, FEMALE, UNKNOWN;

    /** Whether an actor of this gender can be what an anaphor of the other stands for. */
    public boolean fits(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }

    /** The two pieces of evidence together: one alone, or UNKNOWN where they disagree. */
    public Gender and(Gender other) {
        return this == UNKNOWN ? other : other == UNKNOWN || other == this ? this : UNKNOWN;
    }

    /** A data file's label: male, female, or "-" for none. */
    public static Gender parse(String label) {
        return switch (label) {
            case "male" -> MALE;
            case "female" -> FEMALE;
            case "-" -> UNKNOWN;
            default -> throw new IllegalArgumentException("gender must be male, female or -: '" + label + "'");
        };
    }

    /**
     * The sex the words of a title or of a name's mention give, other than those of the name itself: "spokeswoman",
     * "Mrs." female, "spokesman", "Mr" male (function-words.tsv's female-words and male-words); UNKNOWN for none or
     * both.
     */
    public static Gender ofWords(String text, Set<String> nameWords, FunctionWords words) {
        Gender gender = UNKNOWN;
        for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!nameWords.contains(word)) {
                gender = gender.and(words.contains(FunctionWords.Set.FEMALE_WORDS, word) ? FEMALE
                        : words.contains(FunctionWords.Set.MALE_WORDS, word) ? MALE : UNKNOWN);
            }
        }
        return gender;
    }
}
