package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptTurnTest {
    @Test
    void theNameBeforeTheColonSpeaksTheTurn() {
        Event e = Reading.at("Moderator asks about the talks.\nLAVROV: We have always said that dialogue is the only way.", "transcript");
        assertEquals("transcript-turn", e.rule().name());
        assertEquals(List.of("Sergey Lavrov"), Reading.speakers(e));
    }

    @Test
    void aPlaceBeforeAColonIsADatelineNotASpeaker() {
        List<Event> events = Reading.events("LIMA: World leaders reacted with alarm to the raid.\nMOSCOW: Officials met on Monday.");
        assertEquals(List.of(), events.stream().filter(e -> e.rule() != null && e.rule().name().equals("transcript-turn")).toList());
    }
}
