package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseSubjectTest {
    @Test
    void aJoinedVerbWithNoSpeechVerbBeforeSpeaksForTheClauseSubject() {
        Event e = Reading.at("Russia hosted the Iranian delegation and slammed the strikes.", "slammed");
        assertEquals("clause-subject", e.rule().name());
        assertEquals(List.of("Russia"), Reading.speakers(e));
    }

    @Test
    void aHeadlinesVerbAfterASemicolonSpeaksForItsSubject() {
        List<Event> events = Reading.events("Putin phones Kenyan, Chilean leaders over the blockade; urges a negotiated end\n\nThe calls came on Friday.");
        Event urges = events.stream().filter(e -> e.cue().surface().equals("urges")).findFirst().orElseThrow();
        assertEquals(List.of("Vladimir Putin"), Reading.speakers(urges));
    }

    @Test
    void aHeadlinesVerbAfterACommaSpeaksForItsSubject() {
        List<Event> events = Reading.events("Putin Offers Condolences to Kenya's President, Calls for Calm\n\nThe call came on Friday.");
        Event calls = events.stream().filter(e -> e.cue().surface().equals("calls")).findFirst().orElseThrow();
        assertEquals(List.of("Vladimir Putin"), Reading.speakers(calls));
    }

    @Test
    void aHeadlinesVerbAfterACommaWithANameAfterItIsNotTheSubjects() {
        List<Event> events = Reading.events("Kenya must now 'make peace', says Trump after strikes on the border - follow live\n\nThe call came on Friday.");
        events.stream().filter(e -> e.cue().surface().equals("says"))
                .forEach(e -> assertEquals("[]", Reading.speakers(e).stream().filter("Kenya"::equals).toList().toString()));
    }

    @Test
    void aDatelinesPlaceOrAgencyIsNoSubject() {
        assertEquals(List.of("Russia", "China"), Reading.speakers(Reading.at("LIMA, March 12 (TASS) - Russia and China on Thursday met "
                + "the envoys, urging a return to negotiations.", "urging")));
    }

    @Test
    void aTimeBetweenTheJoinerAndTheVerbKeepsItJoined() {
        assertEquals(List.of("Vladimir Putin"), Reading.speakers(Reading.at("Putin offered to mediate between the two neighbours, but on "
                + "Friday said he was only suggesting ideas.", "said")));
        assertEquals(List.of("Sergey Lavrov"), Reading.speakers(Reading.at("Lavrov met the envoy and on Monday warned of a wider war.", "warned")));
    }

    @Test
    void aFrontedClausesActorsAreNotTheSubject() {
        assertEquals(List.of("China"), Reading.speakers(Reading.at("The Council met on Friday. As clashes between the United States and "
                + "Venezuela reach a new threshold, China has utilized the floor of the Security Council to advocate for a pause.", "advocate")));
    }

    @Test
    void aPrepositionsListedObjectsAreNotTheSubject() {
        assertEquals(List.of("Sergey Lavrov"), Reading.speakers(Reading.at("Amid the talks between Brazil and Venezuela Lavrov met the envoys, "
                + "urging calm.", "urging")));
    }

    @Test
    void afterAFrontedClauseOnlyTheMainClausesOpeningSubjectSpeaks() {
        Event e = Reading.at("As the crisis deepens, several countries have begun backing Venezuela, others urging restraint.", "urging");
        assertEquals(List.of(), e == null ? List.of() : Reading.speakers(e));
    }

    @Test
    void aNamingVerbsParticipleAfterACommaSpeaksForTheContrastingClausesSubject() {
        assertEquals(List.of("Fu Cong"), Reading.speakers(Reading.at("Wang Yi called the raid a violation of the Charter, while envoy "
                + "Fu Cong stood up, labelling it “a reckless gamble”.", "labelling")));
        assertEquals(List.of("Russia"), Reading.speakers(Reading.at("Russia recalled its ambassador, branding the blockade piracy.", "branding")));
    }
}
