package org.reactions.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
    private static List<String> quoted(String text) {
        return QuoteFinder.find(text, 0).stream().map(q -> text.substring(q.start(), q.end())).toList();
    }

    @Test
    void curlyAndStraightDoubleQuotes() {
        assertEquals(List.of("We object,", "Stop now"), quoted("“We object,” she said. He added: \"Stop now\"."));
    }

    @Test
    void singleQuotesAsQuoteMarksButNotApostrophes() {
        assertEquals(List.of("irresponsible"), quoted("Russia's ministry called the strikes 'irresponsible' on Iran's soil."));
        assertEquals(List.of("grave mistake"), quoted("Beijing calls strike ‘grave mistake’"));
    }

    @Test
    void singleQuotesInsideDoubleQuotesBelongToTheOuterQuotation() {
        assertEquals(List.of("They call it ‘defence’, we call it war"), quoted("“They call it ‘defence’, we call it war,” he said.")
                .stream().map(s -> s.replaceAll(",$", "")).toList());
    }

    @Test
    void aQuotationReopenedOnTheNextParagraphContinues() {
        String text = "“We will answer every attack.\n“We will not stop,” the general said.";
        List<Quotation> quotations = QuoteFinder.find(text, 0);
        assertEquals(2, quotations.size());
        assertTrue(quotations.get(0).continuesToNext());
        assertFalse(quotations.get(0).closed());
        assertTrue(quotations.get(1).continuesFromPrevious());
    }

    @Test
    void anUnclosedQuotationRunsToTheEndOfItsParagraph() {
        String text = "He said “this is unacceptable and wrong.\nNext paragraph.";
        assertEquals(List.of("this is unacceptable and wrong."), quoted(text));
    }

    @Test
    void strayClosingMarksAreIgnored() {
        assertEquals(List.of(), quoted("Nothing ” quoted here."));
    }
}
