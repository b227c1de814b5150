package org.reactions.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.Span;
import org.reactions.knowledge.DataFiles;
import org.reactions.knowledge.DataRow;

/**
 * Rejoins sentences that the sentence model split after an abbreviation ("Peskov said U.S. | President Donald
 * Trump had not told ..."), from {@code reactions/lexicon/abbreviations.tsv}, or before the tag of the words before
 * ("“Never again!” | the president added.", "... the preferred way. | — Peskov noted.").
 */
final class Abbreviations {
    static final String FILE = "reactions/lexicon/abbreviations.tsv";
    /** words that start sentences, so that "... by the U.S. The next day" stays split */
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "in", "on", "at", "it", "he", "she", "they", "we", "i",
            "this", "that", "these", "those", "but", "and", "however", "meanwhile", "also", "there", "its", "his", "her",
            "their", "our", "after", "before", "as", "while", "when", "if", "according", "last", "earlier", "later", "what",
            "why", "how", "who", "for", "with", "since", "still", "yet", "so");

    /** quote marks that close a quotation */
    private static final String CLOSING_QUOTES = "\"'\u201D\u2019\u00BB";
    /** the most words a dashed tag may have, the dash counted: "— the Kremlin spokesman noted on Monday." */
    private static final int TAG_WORDS = 8;

    private final Map<String, Boolean> alwaysJoin = new HashMap<>();

    private Abbreviations(List<DataRow> rows) {
        for (DataRow row : rows) {
            String kind = row.get(1);
            if (!kind.equals("title") && !kind.equals("name")) {
                throw row.error("kind must be title or name");
            }
            alwaysJoin.put(row.get(0), kind.equals("title"));
        }
    }

    /**
     * "“... never again!” the president added.": a quotation that ends in "!" or "?" and is followed by words in
     * lower case has not ended its sentence; its tag follows.
     */
    static boolean exclaimedQuotationBeforeItsTag(String sentence, String next) {
        int n = sentence.length();
        boolean quotedEnd = n >= 2 && CLOSING_QUOTES.indexOf(sentence.charAt(n - 1)) >= 0
                && (sentence.charAt(n - 2) == '!' || sentence.charAt(n - 2) == '?');
        String rest = next.strip();
        return quotedEnd && !rest.isEmpty() && Character.isLowerCase(rest.charAt(0));
    }

    /** "... the preferred way. — Peskov noted.": a short sentence opened by a dash is the tag of the words before it. */
    static boolean dashedTag(String next) {
        String rest = next.strip();
        return !rest.isEmpty() && (rest.charAt(0) == '\u2014' || rest.charAt(0) == '\u2013') && rest.split("\\s+").length <= TAG_WORDS;
    }

    static Abbreviations bundled() {
        return new Abbreviations(DataFiles.resource(FILE, 2));
    }

    Span[] rejoin(String line, Span[] spans) {
        if (spans.length < 2) {
            return spans;
        }
        List<Span> joined = new ArrayList<>(spans.length);
        Span current = spans[0];
        for (int i = 1; i < spans.length; i++) {
            if (joins(line, current, spans[i])) {
                current = new Span(current.getStart(), spans[i].getEnd());
            } else {
                joined.add(current);
                current = spans[i];
            }
        }
        joined.add(current);
        return joined.toArray(Span[]::new);
    }

    private boolean joins(String line, Span first, Span next) {
        String text = line.substring(first.getStart(), first.getEnd());
        String following = line.substring(next.getStart(), next.getEnd());
        if (exclaimedQuotationBeforeItsTag(text, following) || dashedTag(following)) {
            return true;
        }
        int space = Math.max(text.lastIndexOf(' '), text.lastIndexOf('('));
        Boolean always = alwaysJoin.get(text.substring(space + 1));
        if (always == null) {
            return false;
        }
        if (always) {
            return true;
        }
        String rest = line.substring(next.getStart(), next.getEnd()).strip();
        int end = 0;
        while (end < rest.length() && Character.isLetter(rest.charAt(end))) {
            end++;
        }
        String word = rest.substring(0, end);
        if (word.isEmpty()) {
            return !rest.isEmpty() && Character.isDigit(rest.charAt(0)); // "on Jan. | 4 that"
        }
        return Character.isLowerCase(word.charAt(0)) || !OPENERS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }
}
