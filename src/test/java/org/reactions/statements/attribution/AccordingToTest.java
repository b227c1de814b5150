package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.knowledge.CountryCode;

class AccordingToTest {
    @Test
    void theSourceAfterAccordingToSpeaks() {
        Event e = Reading.at("According to the Kremlin, the consultations will go on next week.", "according to");
        assertEquals("according-to", e.rule().name());
        assertEquals(1, e.speakers().size());
        assertEquals(CountryCode.of("RU"), e.speakers().get(0).actor().country());
    }

    @Test
    void aSourceNamedFarAfterTheWordsIsNotTaken() {
        Event e = Reading.at("According to several reports published over the weekend, the Kremlin is unhappy.", "according to");
        assertEquals("according-to", e.rule().name());
        assertEquals(List.of(), e.speakers());
    }
}
