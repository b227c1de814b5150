package org.reactions.stance;

import java.util.List;

/**
 * A word or phrase that signals a stance.
 *
 * @param label    the stance it signals
 * @param polarity whether it counts only when not negated, only when negated, or either way
 * @param words    the pattern's words: a trailing '*' matches any ending, "..." a gap of up to three words
 * @param target   which partner of the speaker's country, if any, the text must name for the cue to count
 * @param source   "file:line" of its entry, for explanations
 */
public record StanceCue(Label label, Polarity polarity, List<String> words, Target target, String source) {
    public static final String GAP = "...";
    static final int GAP_WORDS = 3;

    public enum Polarity { AFFIRMED, NEGATED, EITHER }

    public enum Target {
        /** counts whoever the text names */
        ANY,
        /** counts only when a partner is named right after the cue as its target ("criticized the Kremlin") */
        PARTNER,
        /** counts only when a partner is named anywhere in the statement ("Moscow will help Tehran", "support for Iran") */
        PARTNER_NAMED
    }

    public StanceCue {
        words = List.copyOf(words);
    }

    public String pattern() {
        return String.join(" ", words);
    }

    /** The index after the last word matched when the cue starts at {@code start}, or -1. */
    int matchAt(List<String> text, int start) {
        int i = start;
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            if (word.equals(GAP)) {
                String next = words.get(w + 1);
                int limit = Math.min(text.size(), i + GAP_WORDS + 1);
                int found = -1;
                for (int j = i; j < limit; j++) {
                    if (matches(next, text.get(j))) {
                        found = j;
                        break;
                    }
                }
                if (found < 0) {
                    return -1;
                }
                i = found;
                continue;
            }
            if (i >= text.size() || !matches(word, text.get(i))) {
                return -1;
            }
            i++;
        }
        return i;
    }

    /**
     * Whether a word fits a pattern word: a trailing '*' matches any ending (and the regular inflections of its stem,
     * "praising" for "praise*"); otherwise the word itself or an
     * inflection of it ("oppose" fits "opposes", "opposed", "opposing"; "consequence" fits "consequences";
     * "ally" fits "allies").
     */
    static boolean matches(String pattern, String word) {
        if (pattern.endsWith("*")) { // "praise*" is also "praising", "bully*" also "bullied"
            String stem = pattern.substring(0, pattern.length() - 1);
            return word.startsWith(stem) || INFLECTIONS.stream().anyMatch(ending -> inflect(stem, ending).equals(word));
        }
        if (!word.startsWith(pattern.endsWith("e") || pattern.endsWith("y") ? pattern.substring(0, pattern.length() - 1) : pattern)) {
            return false;
        }
        return word.equals(pattern) || INFLECTIONS.stream().anyMatch(ending -> inflect(pattern, ending).equals(word));
    }

    /** the regular inflections of English nouns and verbs, as endings */
    private static final List<String> INFLECTIONS = List.of("s", "es", "ed", "ing");

    /** A word with a regular ending: "oppose" + "ed" is "opposed", "ally" + "es" is "allies", "urge" + "ing" "urging". */
    private static String inflect(String word, String ending) {
        char last = word.charAt(word.length() - 1);
        if (last == 'e' && ending.startsWith("e")) {
            return word + ending.substring(1);
        }
        if (last == 'e' && ending.equals("ing")) {
            return word.substring(0, word.length() - 1) + ending;
        }
        if (last == 'y' && word.length() > 1 && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0 && !ending.equals("ing")) {
            return word.substring(0, word.length() - 1) + "i" + (ending.equals("s") ? "es" : ending);
        }
        return word + ending;
    }
}
