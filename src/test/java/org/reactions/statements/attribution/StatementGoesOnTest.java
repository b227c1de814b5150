package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementGoesOnTest {
    private static final String STATEMENT = "Beijing, May 2 (Wire) -- China reacted on Tuesday.\n"
            + "Foreign ministry spokesperson Lin Wei said China firmly opposed any provocation near the island. ";

    @Test
    void aSentenceThatSpeaksAsWeGoesOnFromTheStatementAndSoDoesTheOneBetween() {
        List<Event> events = Reading.events(STATEMENT + "Peace across the Strait matters to everyone. We will keep watching closely.");
        List<Event> goesOn = events.stream().filter(StatementGoesOnTest::goesOn).toList();
        assertEquals(2, goesOn.size(), events::toString);
        goesOn.forEach(e -> assertEquals(List.of("Lin Wei"), Reading.speakers(e)));
    }

    @Test
    void officialsTheSpeakerCallsOursAreNoOneElse() {
        List<Event> events = Reading.events(STATEMENT + "Years ago, our leaders signed the pact to keep the peace.");
        List<Event> goesOn = events.stream().filter(StatementGoesOnTest::goesOn).toList();
        assertEquals(1, goesOn.size(), events::toString);
        assertEquals(List.of("Lin Wei"), Reading.speakers(goesOn.get(0)));
        assertNothingGoesOn("Years ago, their leaders signed the pact to keep the peace.");
        assertNothingGoesOn("Years ago, Japanese officials told us the pact would hold."); // "us" is no owner: the officials are named
    }

    @Test
    void theWritersOwnSentencesAfterAStatementStayTheWriters() {
        assertNothingGoesOn("Shipping through the Strait continued normally. Analysts expect more drills.");
    }

    @Test
    void aCountryWrittenInCapitalsIsNoWe() {
        assertNothingGoesOn("Hours later a missile struck a US base in the region.");
    }

    @Test
    void notWhereAnotherPersonIsNamed() {
        assertNothingGoesOn("Defence analyst Tomas Okafor is among our guests on the programme.");
    }

    @Test
    void notPastASentenceThatNamesSomeoneElse() {
        assertNothingGoesOn("Japan sent two destroyers to the area. We will keep watching closely.");
    }

    @Test
    void notFurtherThanTheParagraphAfter() {
        assertNothingGoesOn("\nMarkets were calm.\nWe will keep watching closely.");
    }

    @Test
    void aSpeechVerbWhoseSubjectIsWeIsTheSpeakersOfTheStatementBefore() {
        Event we = Reading.at(STATEMENT + "We call on all parties to exercise restraint.", "call");
        assertEquals("statement-goes-on", we.rule().name());
        assertEquals(List.of("Lin Wei"), Reading.speakers(we));
    }

    @Test
    void anAnswerGoesOnFromNoQuestion() {
        // the question reports what someone says; the answer after it is no part of that
        assertNothingGoesOn("Mr. Lin, Washington says China is helping Iran. Is that so?\nWe do not recognise unilateral sanctions.");
    }

    /** The statement, then {@code after}: no sentence of it goes on from the statement. */
    private static void assertNothingGoesOn(String after) {
        List<Event> events = Reading.events(STATEMENT + after);
        assertTrue(events.stream().noneMatch(StatementGoesOnTest::goesOn), events::toString);
    }

    private static boolean goesOn(Event e) {
        return e.rule() != null && e.rule().name().equals("statement-goes-on");
    }
}
