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

    /** Further on, or beside another name the reader knows nothing of, a new name may be anyone's (OfficeCoreference). */
    @Test
    void aNameFarFromTheOfficeOrBesideAnotherNewNameStaysUnknown() {
        assertNull(speakerOf(OFFICE + "The talks had stalled. Oil rose. Shipping slowed. Markets fell. Ana María Soto told reporters "
                + "that no talks had begun.").country());
        assertNull(speakerOf(OFFICE + "On Wednesday, Ana María Soto told reporters that no talks had begun. Pedro Ruiz said they had.")
                .country());
    }

    @Test
    void aNameDescribedRightAfterItHasAnOfficeOfItsOwn() {
        Actor speaker = speakerOf(OFFICE + "Ana María Soto, the head of the Peruvian foreign ministry's legal department, told "
                + "reporters that no talks had begun.");
        assertEquals("PE", speaker.country().value());
    }

    @Test
    void aNameInsideASentenceSoonAfterTheOfficeHoldsIt() {
        assertEquals("CL", speakerOf(OFFICE + "The talks had stalled. On Wednesday, Ana María Soto told reporters that no talks had "
                + "begun.").country().value());
    }

    private static Actor speakerOf(String text) {
        return Reading.at(text, "told").speakers().get(0).actor();
    }
}
