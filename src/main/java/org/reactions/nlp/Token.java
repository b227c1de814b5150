package org.reactions.nlp;

/**
 * A token of a sentence.
 *
 * @param text  the token as the taggers saw it: the document's characters with curly quotes and apostrophes
 *              replaced by straight ones (one character for one, so offsets stay valid)
 * @param start offset of the first character in the document text (UTF-16 units)
 * @param end   offset after the last character
 * @param tag    Universal Dependencies part of speech (PROPN, VERB, ...), or null when the sentence was not tagged
 * @param quoted whether the token lies inside a quotation (quote marks themselves are not)
 * @param lower  the text in lower case (Locale.ROOT), made once: the word lists are read with it many times a token
 */
public record Token(String text, int start, int end, String tag, boolean quoted, String lower) {

    public Token(String text, int start, int end, String tag, boolean quoted) {
        this(text, start, end, tag, quoted, text.toLowerCase(java.util.Locale.ROOT));
    }

    public Token withTag(String newTag) {
        return new Token(text, start, end, newTag, quoted, lower);
    }

    public boolean isQuoteMark() {
        return text.equals("\"") || text.equals("'");
    }

    public boolean hasTag(String expected) {
        return expected.equals(tag);
    }

    /** Whether it is tagged a verb or an auxiliary ("said", "has"). */
    public boolean isVerbal() {
        return hasTag("VERB") || hasTag("AUX");
    }

    /** Starts with an upper-case letter (a cheap stand-in for a proper noun in untagged sentences). */
    public boolean isCapitalized() {
        return isCapitalized(text);
    }

    /** Whether a word starts with an upper-case letter. */
    public static boolean isCapitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
