package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColonQuotationTest {
    @Test
    void theSubjectOfTheClauseBeforeTheColonSpeaks() {
        Event e = Reading.at("Zakharova had one more point: “The strikes change nothing for us.”", "quote");
        assertEquals("colon-quotation", e.rule().name());
        assertEquals(List.of("Maria Zakharova"), Reading.speakers(e));
    }

    @Test
    void theOwnerOfTheWarningBeforeTheColonSpeaks() {
        assertEquals(List.of("China"), Reading.speakers(Reading.at("Beijing's warning: “The region will be the first to suffer.”", "quote")));
        assertEquals(List.of("Maria Zakharova"), Reading.speakers(Reading.at("Zakharova's statement: “The strikes change nothing.”", "quote")));
    }

    @Test
    void anOwnerOfSomethingElseDoesNotSpeak() {
        assertEquals(true, Reading.events("Beijing's harbour: “The region will be the first to suffer.”").stream().noneMatch(Event::hasSpeaker));
    }

    @Test
    void theActorAWordsNounIsFromOrBySpeaks() {
        assertEquals(List.of("Yuri Ushakov"), Reading.speakers(Reading.at("Quote from Ushakov: “Both sides strongly condemn Israel's actions.”",
                "quote")));
        assertEquals(List.of("Russian Foreign Ministry"), Reading.speakers(Reading.at("Statement by the Russian Foreign Ministry: “The strikes "
                + "are unacceptable.”", "quote")));
    }
}
