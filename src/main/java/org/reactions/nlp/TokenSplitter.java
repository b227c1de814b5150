package org.reactions.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Repairs the OpenNLP tokenizer's output for news text: it leaves possessives attached ("Iran's") and
 * glues words to dashes and ellipses ("country—not", "Iran…"), which hides names from the dictionary and
 * confuses the tagger. Each token is split further; offsets stay exact.
 */
final class TokenSplitter {
    private static final String DETACHED = "—–…";

    private TokenSplitter() {
    }

    static List<Token> split(String sentence, Span[] spans, int base, Quotations quotes) {
        List<Token> tokens = new ArrayList<>(spans.length + 4);
        for (Span span : spans) {
            int start = span.getStart();
            int end = span.getEnd();
            int piece = start;
            for (int i = start; i < end; i++) {
                if (DETACHED.indexOf(sentence.charAt(i)) >= 0) {
                    addWord(sentence, piece, i, base, quotes, tokens);
                    tokens.add(token(sentence, i, i + 1, base, quotes));
                    piece = i + 1;
                }
            }
            addWord(sentence, piece, end, base, quotes, tokens);
        }
        return tokens;
    }

    /** Adds a word, with a possessive ending ('s, or ' after s) as a token of its own. */
    private static void addWord(String sentence, int start, int end, int base, Quotations quotes, List<Token> tokens) {
        if (start >= end) {
            return;
        }
        int possessive = -1;
        if (end - start > 2 && sentence.charAt(end - 2) == '\'' && (sentence.charAt(end - 1) == 's' || sentence.charAt(end - 1) == 'S')
                && Character.isLetterOrDigit(sentence.charAt(end - 3))) {
            possessive = end - 2;
        } else if (end - start > 2 && sentence.charAt(end - 1) == '\'' && sentence.charAt(end - 2) == 's') {
            possessive = end - 1;
        }
        if (end - start > 1 && sentence.charAt(end - 1) == '-' && Character.isLetter(sentence.charAt(end - 2))) {
            // "Tehran-backed" comes out of the tokenizer as "Tehran-" "backed"
            addWord(sentence, start, end - 1, base, quotes, tokens);
            tokens.add(token(sentence, end - 1, end, base, quotes));
            return;
        }
        if (possessive > start) {
            tokens.add(token(sentence, start, possessive, base, quotes));
            tokens.add(token(sentence, possessive, end, base, quotes));
        } else {
            tokens.add(token(sentence, start, end, base, quotes));
        }
    }

    private static Token token(String sentence, int start, int end, int base, Quotations quotes) {
        return new Token(sentence.substring(start, end), base + start, base + end, null, quotes.covers(base + start));
    }
}
