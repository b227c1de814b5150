package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A speech noun followed by "from" and actors speaks for them. */
class SpeechNounFromTest {
    private static List<List<String>> speakers(String text) {
        return Reading.events(text).stream().filter(Event::hasSpeaker).map(Reading::speakers).toList();
    }

    @Test
    void theActorsAfterFromSpeak() {
        assertEquals(List.of(List.of("Peru", "Chile")),
                speakers("The raid on the port drew sharp criticism from regional powers Peru and Chile."));
        assertEquals(List.of(List.of("Peru", "Chile", "Russia")), speakers("Raid Draws Condemnation from Peru, Chile, and Russia"));
        assertEquals(List.of(List.of("Russia")), speakers("The session followed a formal request from the Russian Federation."));
    }

    /** "The warning" opens the sentence as a role noun, and an appositive names its one speaker twice. */
    @Test
    void theWarningFromAnOfficialNamedTwiceIsOneStatement() {
        assertEquals(List.of(List.of("Sergei Ryabkov")), speakers("The warning from Russia's Deputy Foreign Minister, Sergei Ryabkov, "
                + "against military aid to Israel came on Thursday."));
    }

    /** A group after "from" speaks through the members a list names; a group of no officials does not. */
    @Test
    void aGroupAfterFromSpeaksThroughItsListedMembers() {
        assertEquals(List.of(List.of("Peru", "Chile")),
                speakers("The raid on the port drew condemnation from several countries, including Peru and Chile."));
        assertEquals(List.of(List.of("several analysts")),
                speakers("The raid on the port drew criticism from several analysts, including some in Peru and Chile."));
    }

    @Test
    void callsAndRequestsForCommentAreNoStatements() {
        assertEquals(List.of(), speakers("Putin took calls from Xi Jinping and the Chilean president on Monday."));
        assertEquals(List.of(), speakers("Requests for comment from the Chinese embassy went unanswered."));
    }

    @Test
    void aPhoneCallOrAPossessiveIsNoStatement() {
        assertEquals(List.of(), speakers("Pezeshkian received a phone call from Putin on Monday."));
        assertEquals(List.of(), speakers("The raid came after criticism from Peru's neighbours."));
    }
}
