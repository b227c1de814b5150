package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.reactions.entities.Actor;

/** "Chile's deputy foreign minister denied ... . Ana María Soto told ...": a new name that opens the next sentence holds the office. */
class OfficeThenHolderTest {
    private static final String OFFICE = "Chile's deputy foreign minister denied the reports on Tuesday. ";

    @Test
    void aNewNameOpeningTheNextSentenceHoldsTheOffice() {
        Actor speaker = speakerOf(OFFICE + "Ana María Soto told reporters that no talks had begun.");
        assertEquals("Ana María Soto", speaker.name());
        assertEquals("CL", speaker.country().value());
        assertEquals("Deputy Foreign Minister", speaker.role());
    }

    @Test
    void aSentenceBetweenLeavesTheNameUnknown() {
        assertNull(speakerOf(OFFICE + "The talks had stalled for weeks. Ana María Soto told reporters that no talks had begun.").country());
    }

    @Test
    void aNameInsideTheSentenceIsNotTakenForTheHolder() {
        assertNull(speakerOf(OFFICE + "On Wednesday, Ana María Soto told reporters that no talks had begun.").country());
    }

    private static Actor speakerOf(String text) {
        return Reading.at(text, "told").speakers().get(0).actor();
    }
}
