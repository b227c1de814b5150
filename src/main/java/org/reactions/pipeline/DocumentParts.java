package org.reactions.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long document into parts of at most about {@link #PART_CHARS} characters, at line ends (or, inside a
 * line longer than that, after a sentence), so that a document of any size is analysed in bounded memory. A part
 * is analysed on its own: a pronoun at the start of a part cannot reach back into the previous one, and the stance
 * stage sees only the part's countries and conflict, which matters little at two million characters a part
 * (DocumentPartsPropertiesTest).
 */
final class DocumentParts {
    static final int PART_CHARS = 2_000_000;

    private DocumentParts() {
    }

    static List<int[]> of(String text, int from, int size) {
        List<int[]> parts = new ArrayList<>();
        int start = from;
        while (text.length() - start > size) {
            int cut = lastIndexOf(text, '\n', start + size, start);
            if (cut < 0) {
                cut = lastSentenceEnd(text, start + size, start);
            }
            if (cut < 0) {
                cut = start + size; // no line end, no sentence end: a cut inside a word is the lesser evil
            }
            parts.add(new int[] {start, cut + 1});
            start = cut + 1;
        }
        parts.add(new int[] {start, text.length()});
        return parts;
    }

    private static int lastIndexOf(String text, char c, int from, int limit) {
        for (int i = from; i > limit; i--) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** The space after the last ". " before {@code from}, or -1. */
    private static int lastSentenceEnd(String text, int from, int limit) {
        for (int i = from; i > limit + 1; i--) {
            char before = text.charAt(i - 1);
            if (text.charAt(i) == ' ' && (before == '.' || before == '!' || before == '?')) {
                return i;
            }
        }
        return -1;
    }
}
