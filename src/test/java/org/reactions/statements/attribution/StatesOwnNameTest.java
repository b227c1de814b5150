package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reactions.entities.Actor;

/** "Chile's Rosa Vidal said": news names a state's leader by the state's possessive and the full name alone. */
class StatesOwnNameTest {
    @Test
    void aFullNameAfterAStatesPossessiveIsThatStatesOfficial() {
        Actor speaker = Reading.at("Chile's Rosa Vidal said the blockade was illegal.", "said").speakers().get(0).actor();
        assertEquals("Rosa Vidal", speaker.name());
        assertEquals("CL", speaker.country().value());
        assertTrue(speaker.official());
    }

    @Test
    void herSurnameLaterIsTheSameOfficial() {
        Actor speaker = Reading.at("Chile's Rosa Vidal spoke on Monday. Vidal said the blockade was illegal.", "said").speakers().get(0).actor();
        assertEquals("CL", speaker.country().value());
    }

    @Test
    void aNameWithNoStateBeforeItStaysUnknown() {
        Actor speaker = Reading.at("Rosa Vidal said the blockade was illegal.", "said").speakers().get(0).actor();
        assertEquals(null, speaker.country());
    }
}
