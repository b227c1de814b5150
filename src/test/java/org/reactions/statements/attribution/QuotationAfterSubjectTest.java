package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationAfterSubjectTest {
    @Test
    void aQuotationAfterASilentSentenceIsItsSubjects() {
        List<Event> events = Reading.events("Russian Foreign Minister Sergey Lavrov spoke to reporters after talks in Moscow on Monday. "
                + "“What we see is a gross violation of international law.”");
        assertEquals(1, events.size(), () -> events.toString());
        assertEquals("quotation-after-subject", events.get(0).rule().name());
        assertEquals(List.of("Sergey Lavrov"), Reading.speakers(events.get(0)));
        assertEquals(List.of("Abbas Araghchi"), Reading.speakers(Reading.events("Iranian Foreign Minister Abbas Araghchi was defiant.\n"
                + "“We will defend ourselves with everything we have.”").get(0)));
    }

    @Test
    void notWhenAnotherOfficialIsNamedOrAStateActs() {
        assertEquals(List.of(), Reading.events("Araghchi met Wang Yi in Beijing on Monday. “China stands with Iran.”"));
        assertEquals(List.of(), Reading.events("Iran fired missiles at Israel on Monday. “The response has begun.”"));
        // a pronoun that might be anyone
        assertEquals(List.of(), Reading.events("Araghchi arrived after the envoy left. “He is a good man.”"));
        // a person who is no official might be the one quoted; a question is an interviewer's; a quotation that is only a name
        assertEquals(List.of(), Reading.events("Araghchi sat down with CNN's Christiane Amanpour. “Will Iran build a bomb?”"));
        assertEquals(List.of(), Reading.events("Araghchi ordered the response. “True Promise” was the name Iran gave the operation."));
    }
}
