package org.reactions.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class AbbreviationsTest {
    private final Abbreviations abbreviations = Abbreviations.bundled();

    private int sentences(String line, int... ends) {
        Span[] spans = new Span[ends.length];
        int start = 0;
        for (int i = 0; i < ends.length; i++) {
            spans[i] = new Span(start, ends[i]);
            start = ends[i] + 1;
        }
        return abbreviations.rejoin(line, spans).length;
    }

    @Test
    void aSplitAfterACountryAbbreviationBeforeATitleIsUndone() {
        String line = "Peskov said U.S. President Smith had called.";
        assertEquals(1, sentences(line, 16, line.length()));
    }

    @Test
    void aSplitAfterACountryAbbreviationBeforeASentenceOpenerStays() {
        String line = "It was carried out by the U.S. The next day, Moscow protested.";
        assertEquals(2, sentences(line, 30, line.length()));
    }

    @Test
    void aMonthAbbreviationBeforeADayStaysInItsSentence() {
        String line = "Cuba stated on Jan. 4 that 32 of its officers died.";
        assertEquals(1, sentences(line, 19, line.length()));
    }

    @Test
    void titlesNeverEndASentence() {
        String line = "It was Gen. Karimov who spoke.";
        assertEquals(1, sentences(line, 11, line.length()));
    }

    @Test
    void aQuotationEndingInAnExclamationStaysWithItsTag() {
        assertEquals(true, Abbreviations.exclaimedQuotationBeforeItsTag("\u201cNever again!\u201d", "the president added."));
        assertEquals(true, Abbreviations.exclaimedQuotationBeforeItsTag("\"Who asked us?\"", "he said."));
        assertEquals(false, Abbreviations.exclaimedQuotationBeforeItsTag("\"Who asked us?\"", "The talks went on."));
        assertEquals(false, Abbreviations.exclaimedQuotationBeforeItsTag("It ended.", "the talks went on."));
    }

    @Test
    void aShortSentenceOpenedByADashIsTheTagOfTheOneBefore() {
        assertEquals(true, Abbreviations.dashedTag("\u2014 Peskov noted."));
        assertEquals(true, Abbreviations.dashedTag(" \u2013 the Kremlin spokesman said on Monday."));
        assertEquals(false, Abbreviations.dashedTag("Peskov noted."));
        assertEquals(false, Abbreviations.dashedTag("\u2014 and then, after a long pause in the talks, the delegations went home."));
    }
}
