package org.reactions.nlp;

import java.util.List;

/**
 * A sentence of a document.
 *
 * @param index     position in the document, from 0
 * @param paragraph index of the paragraph (a line, or lines wrapped by hand) it belongs to, from 0
 * @param start     offset of its first character in the document text (UTF-16 units)
 * @param end       offset after its last character
 * @param tokens    its tokens, tagged or not
 * @param tagged    whether the tokens carry part-of-speech tags (only sentences that may hold a statement are tagged)
 * @param heading   whether its paragraph looks like a headline or caption (no sentence-final punctuation)
 */
public record Sentence(int index, int paragraph, int start, int end, List<Token> tokens, boolean tagged, boolean heading) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    public boolean isQuestion() {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            String t = tokens.get(i).text();
            if (!t.equals("\"") && !t.equals("'") && !t.equals(")")) {
                return t.endsWith("?");
            }
        }
        return false;
    }
}
