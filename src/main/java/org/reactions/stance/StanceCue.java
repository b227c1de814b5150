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

    private static boolean matches(String pattern, String word) {
        return pattern.endsWith("*") ? word.startsWith(pattern.substring(0, pattern.length() - 1)) : pattern.equals(word);
    }
}
