package org.reactions.tools;

import java.util.List;

/**
 * Regular English inflection, for the converters: a dictionary lists a verb once and its irregular forms
 * explicitly, so the tables can hold every form and no lemmatizer is needed at run time.
 */
final class Inflection {
    private Inflection() {
    }

    /** The -s, -ed and -ing forms of a regular verb. */
    static List<String> regularForms(String verb) {
        return List.of(thirdPerson(verb), past(verb), presentParticiple(verb));
    }

    static String thirdPerson(String verb) {
        if (verb.matches(".*(s|x|z|ch|sh)")) {
            return verb + "es";
        }
        if (consonantY(verb)) {
            return verb.substring(0, verb.length() - 1) + "ies";
        }
        return verb + "s";
    }

    static String past(String verb) {
        if (verb.endsWith("e")) {
            return verb + "d";
        }
        if (consonantY(verb)) {
            return verb.substring(0, verb.length() - 1) + "ied";
        }
        return doubled(verb) + "ed";
    }

    static String presentParticiple(String verb) {
        if (verb.endsWith("ie")) {
            return verb.substring(0, verb.length() - 2) + "ying";
        }
        if (verb.endsWith("e") && !verb.matches(".*(ee|ye|oe)")) {
            return verb.substring(0, verb.length() - 1) + "ing";
        }
        return doubled(verb) + "ing";
    }

    /** Nouns take the same ending as a verb's third person ("truce" → "truces", "ally" → "allies"). */
    static String plural(String noun) {
        return thirdPerson(noun);
    }

    private static boolean consonantY(String word) {
        return word.length() > 1 && word.endsWith("y") && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0;
    }

    /**
     * A one-syllable verb that ends in one vowel and one consonant doubles it ("ban" → "banned"); longer verbs
     * depend on stress, which the dictionaries give as irregular forms where it matters.
     */
    private static String doubled(String verb) {
        boolean oneSyllable = verb.replaceAll("[^aeiouy]+", " ").strip().split(" ").length == 1;
        if (oneSyllable && verb.matches(".*[^aeiou][aeiou][bdgklmnprt]")) {
            return verb + verb.charAt(verb.length() - 1);
        }
        return verb;
    }
}
