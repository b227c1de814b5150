package org.reactions.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;

class TextAnalyzerTest {
    private final TextAnalyzer analyzer = Fixtures.MODELS.newAnalyzer();

    private AnnotatedDocument analyze(String text) {
        return analyzer.analyze(Fixtures.document(text), tokens -> true);
    }

    @Test
    void eachLineIsAParagraphAndSentencesNeverCrossLines() {
        AnnotatedDocument d = analyze("Headline without a full stop\nFirst sentence here. Second one follows.\r\nThird.");
        List<Sentence> sentences = d.sentences();
        assertEquals(4, sentences.size());
        assertEquals(List.of(0, 1, 1, 2), sentences.stream().map(Sentence::paragraph).toList());
        assertTrue(sentences.get(0).heading());
        assertFalse(sentences.get(1).heading());
    }

    @Test
    void aParagraphWrappedByHandIsOneParagraph() {
        String text = "Moscow urges talks\nSenior officials called for the creation of a new\r\nanti-Western \u201ccoalition to\nsupport Tehran\u201d on Monday. The envoy agreed.\nLater that day\nMoscow spoke again.";
        AnnotatedDocument d = analyze(text);
        assertEquals(List.of(0, 1, 1, 2, 3), d.sentences().stream().map(Sentence::paragraph).toList());
        Sentence wrapped = d.sentences().get(1);
        assertEquals("Senior officials called for the creation of a new\r\nanti-Western \u201ccoalition to\nsupport Tehran\u201d on Monday.",
                text.substring(wrapped.start(), wrapped.end()));
        assertTrue(wrapped.tokens().stream().anyMatch(t -> t.text().equals("coalition") && t.quoted()), "a quotation runs over the wrap");
        for (Sentence s : d.sentences()) {
            for (Token t : s.tokens()) {
                assertEquals(NlpText.normalize(text.substring(t.start(), t.end())), t.text());
            }
        }
    }

    @Test
    void tokenOffsetsPointIntoTheOriginalText() {
        String text = "The envoy said “enough”—and Russia’s ministry agreed…";
        AnnotatedDocument d = analyze(text);
        for (Sentence s : d.sentences()) {
            for (Token t : s.tokens()) {
                assertEquals(NlpText.normalize(text.substring(t.start(), t.end())), t.text());
            }
        }
    }

    @Test
    void possessivesDashesAndEllipsesAreTokensOfTheirOwn() {
        List<String> words = analyze("Iran’s ally—Russia—said Tehran-backed groups… waited.").sentences().get(0).tokens().stream()
                .map(Token::text).toList();
        assertTrue(words.containsAll(List.of("Iran", "'s", "—", "Russia", "Tehran", "…")), words.toString());
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        AnnotatedDocument d = analyze("The spokesman said U.S. President Smith had not called. Gen. Karimov agreed.");
        assertEquals(2, d.sentences().size());
    }

    @Test
    void aFullStopLeftOnTheLastWordIsItsOwnToken() {
        List<Token> tokens = analyze("He met Lavrov.").sentences().get(0).tokens();
        assertEquals(List.of("He", "met", "Lavrov", "."), tokens.stream().map(Token::text).toList());
    }

    @Test
    void onlySentencesThatMayHoldAStatementAreTagged() {
        AnnotatedDocument d = analyzer.analyze(Fixtures.document("Nothing here. She said so."),
                tokens -> tokens.stream().anyMatch(t -> t.text().equals("said")));
        assertNull(d.sentences().get(0).token(0).tag());
        assertEquals("PRON", d.sentences().get(1).token(0).tag());
        assertEquals(7, d.tokenCount());
    }

    @Test
    void questionsAreRecognised() {
        AnnotatedDocument d = analyze("Will Moscow help Tehran?\nIt will not.");
        assertTrue(d.sentences().get(0).isQuestion());
        assertFalse(d.sentences().get(1).isQuestion());
    }

    @Test
    void aDateLineIsNotPartOfTheText() {
        var doc = new org.reactions.corpus.SourceDocument("d", "d.txt", "date 2026-01-01\nHello there.", null, 16, List.of());
        AnnotatedDocument d = analyzer.analyze(doc, t -> false);
        assertEquals(1, d.sentences().size());
        assertEquals(16, d.sentences().get(0).start());
    }
}
