package org.reactions.training;

import java.util.Map;

/**
 * Finds a gold anchor in its document as the scorer does: verbatim, or else with quotation marks and dashes of any
 * style and any run of white space taken as one.
 */
final class Anchors {
    private static final Map<Character, Character> FOLD = Map.of('\u201c', '"', '\u201d', '"', '\u201e', '"', '\u2018', '\'',
            '\u2019', '\'', '\u00ab', '"', '\u00bb', '"', '\u2014', '-', '\u2013', '-');

    private Anchors() {
    }

    /** The anchor's [start, end) in the text; IllegalArgumentException naming {@code where} when it is not there. */
    static int[] find(String text, String anchor, String where) {
        int exact = text.indexOf(anchor);
        if (exact >= 0) {
            return new int[] {exact, exact + anchor.length()};
        }
        int[] offsets = new int[text.length() + 1];
        String folded = fold(text, offsets);
        String key = fold(anchor, new int[anchor.length() + 1]).strip();
        int at = key.isEmpty() ? -1 : folded.indexOf(key);
        if (at < 0) {
            throw new IllegalArgumentException(where + ": anchor not found in the document: " + anchor);
        }
        return new int[] {offsets[at], offsets[at + key.length() - 1] + 1};
    }

    /** The text folded; offsets[i] is where the folded text's character i stands in the original. */
    private static String fold(String s, int[] offsets) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                if (b.length() > 0 && b.charAt(b.length() - 1) == ' ') {
                    continue;
                }
                c = ' ';
            }
            offsets[b.length()] = i;
            b.append(Character.toLowerCase(FOLD.getOrDefault(c, c)));
        }
        return b.toString();
    }
}
