package org.reactions.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.summary.Highlight;

class HighlightDisplayTest {
    @Test
    void quotedFragmentsAreShownApartEachInQuotationMarks() {
        Highlight h = new Highlight("d#1", "Dmitry Peskov", List.of("The talks,", "will go on."), true, 0, 1, 0.9, 0);
        assertEquals("\u201CThe talks,\u201D \u2026 \u201Cwill go on.\u201D", TextReportWriter.display(h));
    }

    @Test
    void reportedSpeechIsShownWithoutQuotationMarks() {
        Highlight h = new Highlight("d#1", "Dmitry Peskov", List.of("Peskov said the talks would go on."), false, 0, 1, 0.75, 0);
        assertEquals("Peskov said the talks would go on.", TextReportWriter.display(h));
    }
}
