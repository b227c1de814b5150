package org.reactions.nlp;

/** Character-level helpers shared by the NLP stage and the stages that read its output. */
public final class NlpText {
    private NlpText() {
    }

    /**
     * Maps typographic quotes and apostrophes to straight ones and odd spaces to a plain space, one character
     * for one, so that every offset into the result is an offset into the original. The OpenNLP models were
     * trained on text that mostly uses straight quotes; they split "Iran’s" badly otherwise.
     */
    public static String normalize(String s) {
        char[] chars = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char n = normalize(c);
            if (n != c) {
                if (chars == null) {
                    chars = s.toCharArray();
                }
                chars[i] = n;
            }
        }
        return chars == null ? s : new String(chars);
    }

    public static char normalize(char c) {
        switch (c) {
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB': case '\u2033':
                return '"';
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032':
                return '\'';
            case '\u00A0': case '\u2007': case '\u202F': case '\t': case '\u2009': case '\u200A':
                return ' ';
            default:
                return c;
        }
    }

    /** A line without sentence-final punctuation is a headline, a caption or a section title. */
    public static boolean isHeading(String line) {
        return isHeading(line, 0, line.length());
    }

    /** Whether the line [from, to) of a text ends in no sentence-final punctuation (so does a blank line). */
    private static boolean isHeading(String text, int from, int to) {
        int i = to - 1;
        while (i >= from && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '"' || text.charAt(i) == '\'' || text.charAt(i) == ')')) {
            i--;
        }
        if (i < from) {
            return true;
        }
        char last = text.charAt(i);
        return ".!?…:;".indexOf(last) < 0;
    }

    /**
     * The end of the paragraph that starts at from, before to: its line's end, or a later line's when the text is
     * wrapped by hand ("... the creation of a new" / "anti-Western coalition"): a line that ends in no sentence mark
     * and is followed at once by a line that starts with a lower-case letter goes on in it.
     */
    public static int paragraphEnd(String text, int from, int to) {
        int lineStart = from;
        int end = lineEnd(text, from, to);
        // read in place, as this runs on every paragraph of every document
        while (end < to && !isBlank(text, lineStart, end) && isHeading(text, lineStart, end)) {
            int next = end + (text.charAt(end) == '\r' && end + 1 < to && text.charAt(end + 1) == '\n' ? 2 : 1);
            if (next >= to || !Character.isLowerCase(text.charAt(next))) {
                break;
            }
            lineStart = next;
            end = lineEnd(text, next, to);
        }
        return end;
    }

    private static int lineEnd(String text, int from, int to) {
        int i = from;
        while (i < to && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
