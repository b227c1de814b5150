package org.reactions.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations: curly and straight double quotes, and single quotes where they are used as quote marks
 * (headlines, British style) rather than as apostrophes. Quotations never cross a paragraph, but one left open at
 * the end of a paragraph that the next paragraph reopens is marked as continuing. An unclosed double quote runs
 * to the end of its paragraph; an unclosed single quote is taken for an apostrophe.
 */
final class QuoteFinder {
    private QuoteFinder() {
    }

    static List<Quotation> find(String text, int from) {
        return find(text, from, text.length());
    }

    /** The quotations of the part [from, to) of a text. */
    static List<Quotation> find(String text, int from, int to) {
        List<Quotation> quotations = new ArrayList<>();
        boolean previousContinues = false;
        int lineStart = from;
        while (lineStart < to) {
            int lineEnd = NlpText.paragraphEnd(text, lineStart, to);
            if (lineEnd > lineStart && !text.substring(lineStart, lineEnd).isBlank()) {
                boolean reopens = startsWithOpeningQuote(text, lineStart, lineEnd);
                previousContinues = paragraph(text, lineStart, lineEnd, previousContinues && reopens, quotations);
            }
            lineStart = lineEnd + 1;
        }
        return quotations;
    }

    /** Adds the quotations of one paragraph; returns whether its last one is left open for the next paragraph. */
    private static boolean paragraph(String text, int start, int end, boolean continuesFromPrevious, List<Quotation> out) {
        int openDouble = -1;
        int openSingle = -1;
        boolean first = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\u201C' || c == '\u201E' || c == '\u00AB') {
                if (openDouble < 0) {
                    openDouble = i + 1;
                    openSingle = -1;
                }
            } else if (c == '\u201D' || c == '\u00BB') {
                if (openDouble >= 0) {
                    out.add(new Quotation(openDouble, i, first && continuesFromPrevious, false, true));
                    first = false;
                    openDouble = -1;
                }
            } else if (c == '"') {
                if (openDouble >= 0 && !isWordChar(text, i + 1, end)) {
                    out.add(new Quotation(openDouble, i, first && continuesFromPrevious, false, true));
                    first = false;
                    openDouble = -1;
                } else if (openDouble < 0 && !isWordChar(text, i - 1, end) && i + 1 < end && !Character.isWhitespace(text.charAt(i + 1))) {
                    openDouble = i + 1;
                    openSingle = -1;
                }
            } else if ((c == '\u2018' || c == '\'') && openDouble < 0 && openSingle < 0) {
                if (!isWordChar(text, i - 1, end) && isWordChar(text, i + 1, end) && (i == start || text.charAt(i - 1) != '\'')) {
                    openSingle = i + 1;
                }
            } else if ((c == '\u2019' || c == '\'') && openSingle >= 0 && openDouble < 0) {
                if (i > openSingle && !Character.isWhitespace(text.charAt(i - 1)) && !isWordChar(text, i + 1, end)) {
                    out.add(new Quotation(openSingle, i, false, false, true));
                    first = false;
                    openSingle = -1;
                }
            }
        }
        if (openDouble >= 0) {
            int stop = end;
            while (stop > openDouble && Character.isWhitespace(text.charAt(stop - 1))) {
                stop--;
            }
            boolean continues = nextParagraphReopens(text, end);
            out.add(new Quotation(openDouble, stop, first && continuesFromPrevious, continues, false));
            return continues;
        }
        return false;
    }

    private static boolean isWordChar(String text, int i, int end) {
        return i >= 0 && i < end && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }

    private static boolean nextParagraphReopens(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int lineEnd = i;
        while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
            lineEnd++;
        }
        return startsWithOpeningQuote(text, i, lineEnd);
    }

    private static boolean startsWithOpeningQuote(String text, int start, int end) {
        int i = start;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < end && (text.charAt(i) == '\u201C' || text.charAt(i) == '"' || text.charAt(i) == '\u201E' || text.charAt(i) == '\u00AB');
    }
}
