package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SharedWithPreviousVerbTest {
    @Test
    void aParticipleAfterAPrepositionTakesTheSpeakerBefore() {
        Event e = Reading.at("Wang Yi criticised the strikes before calling for an immediate ceasefire.", "calling");
        assertEquals("shared-with-previous-verb", e.rule().name());
        assertEquals(List.of("Wang Yi"), Reading.speakers(e));
    }
}
