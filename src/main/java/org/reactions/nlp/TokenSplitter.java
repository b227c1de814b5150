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
        for (int s = 0; s < spans.length; s++) {
            Span span = spans[s];
            int start = span.getStart();
            int end = span.getEnd();
            if (endsSentence(sentence, spans, s) && isWordWithFullStop(sentence, start, end)) {
                // the model leaves a sentence's final full stop on some words ("said Lavrov.")
                addWord(sentence, start, end - 1, base, quotes, tokens);
                tokens.add(token(sentence, end - 1, end, base, quotes));
                continue;
            }
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

    /** Whether only closing quotes or brackets follow span s in the sentence. */
    private static boolean endsSentence(String sentence, Span[] spans, int s) {
        for (int next = s + 1; next < spans.length; next++) {
            String text = sentence.substring(spans[next].getStart(), spans[next].getEnd());
            if (!text.chars().allMatch(c -> "\"')]\u201D\u2019".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** "Lavrov." but not "U.S." or "St." (abbreviations keep their full stop). */
    private static boolean isWordWithFullStop(String sentence, int start, int end) {
        if (end - start < 3 || sentence.charAt(end - 1) != '.') {
            return false;
        }
        for (int i = start; i < end - 1; i++) {
            if (!Character.isLetter(sentence.charAt(i))) {
                return false;
            }
        }
        return Character.isLowerCase(sentence.charAt(end - 2)) && end - start > 4;
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
