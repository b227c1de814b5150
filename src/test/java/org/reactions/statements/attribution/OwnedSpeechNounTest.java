package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A speech noun owned by an actor, with the words it reports after "that", is the owner's statement. */
class OwnedSpeechNounTest {
    private static List<Event> owned(String text) {
        return Reading.events(text).stream().filter(e -> e.rule() != null && e.rule().name().equals("owned-speech-noun")).toList();
    }

    @Test
    void theOwnerOfASpeechNounThatReportsWordsSpeaks() {
        List<Event> events = owned("Analysts took note of Ryabkov's assertion that such aid would destabilise the region.");
        assertEquals(1, events.size());
        assertEquals(List.of("Sergei Ryabkov"), Reading.speakers(events.get(0)));
        assertEquals(List.of("Sergey Lavrov"), Reading.speakers(owned("Lavrov's stern, public warning that the raids would "
                + "backfire went unheeded.").get(0)));
    }

    @Test
    void aSpeechNounWithNoWordsOfItsOwnOrNoOwnerIsNoStatement() {
        assertEquals(List.of(), owned("Lavrov's warning was ignored in Washington."));
        assertEquals(List.of(), owned("The warning that the raids would backfire went unheeded."));
        assertEquals(List.of(), owned("Lavrov's warning on Monday that the raids would backfire went unheeded."));
    }
}
