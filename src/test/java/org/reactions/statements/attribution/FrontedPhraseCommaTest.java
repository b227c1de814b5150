package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.entities.Actor;

/** The comma that closes a phrase put before the subject is no appositive's: the words on either side describe no one. */
class FrontedPhraseCommaTest {
    private static final String VIDAL = "Chilean President Rosa Vidal arrived on Monday. ";

    @Test
    void aNounAtTheEndOfAFrontedPhraseDoesNotDescribeTheSubject() {
        Actor speaker = Reading.at(VIDAL + "In a post on social media, Vidal said the talks had gone well.", "said").speakers().get(0).actor();
        assertEquals("Rosa Vidal", speaker.name());
        assertTrue(speaker.official(), speaker.toString());
    }

    @Test
    void aNameAtTheEndOfAFrontedPhraseIsNotTheSubjectsName() {
        assertEquals(List.of("Peruvian minister"),
                Reading.speakers(Reading.at(VIDAL + "After meeting Vidal, the Peruvian minister said the talks had gone well.", "said")));
    }

    @Test
    void anAppositiveInsideTheSentenceStillDescribes() {
        assertEquals(List.of("Ana Ruiz"),
                Reading.speakers(Reading.at("In Lima, the Peruvian foreign minister, Ana Ruiz, said the talks had gone well.", "said")));
    }
}
