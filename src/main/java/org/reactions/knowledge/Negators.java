package org.reactions.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Words that negate what follows them in a clause ("has not spoken", "refused to say", "did not request help"),
 * from {@code reactions/lexicon/negators.tsv}. Used both to drop speech that did not happen and to flip stance cues.
 */
public final class Negators {
    public static final String FILE = "reactions/lexicon/negators.tsv";

    /** the negators by their last word, which every look-up of a negator ending somewhere starts from */
    private final Map<String, List<String[]>> byLastWord = new HashMap<>();

    private Negators(List<DataRow> rows) {
        for (DataRow row : rows) {
            String phrase = row.get(0);
            if (!phrase.equals(phrase.toLowerCase(Locale.ROOT))) {
                throw row.error("negator must be lower case: '" + phrase + "'");
            }
            String[] words = phrase.split(" ");
            byLastWord.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(words);
        }
    }

    public static Negators bundled() {
        return new Negators(DataFiles.resource(FILE, 1));
    }

    /** Whether a negator ends at word index {@code end - 1} (lower-case words). */
    public boolean endsAt(List<String> words, int end) {
        return lengthEndingAt(words, end) > 0;
    }

    /** The length in words of the longest negator ending at word index {@code end - 1}, or 0 (lower-case words). */
    public int lengthEndingAt(List<String> words, int end) {
        if (end < 1 || end > words.size()) {
            return 0;
        }
        int longest = 0;
        for (String[] phrase : byLastWord.getOrDefault(words.get(end - 1), List.of())) {
            int start = end - phrase.length;
            if (start < 0 || phrase.length <= longest) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < phrase.length && match; i++) {
                match = phrase[i].equals(words.get(start + i));
            }
            if (match) {
                longest = phrase.length;
            }
        }
        return longest;
    }

    /** Whether a negator ends anywhere in [from, to) (lower-case words). */
    public boolean within(List<String> words, int from, int to) {
        for (int end = Math.max(from, 0) + 1; end <= to; end++) {
            if (endsAt(words, end)) {
                return true;
            }
        }
        return false;
    }

    /** How many phrases there are (for the data-file tests). */
    public int size() {
        return byLastWord.values().stream().mapToInt(List::size).sum();
    }
}
