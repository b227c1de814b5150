package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IssuedStatementTest {
    @Test
    void theSubjectOfTheIssuingVerbSpeaks() {
        Event e = Reading.at("Lavrov fired off a stern warning to Washington about the blockade.", "warning");
        assertEquals("issued-statement", e.rule().name());
        assertEquals(List.of("Sergey Lavrov"), Reading.speakers(e));
    }

    @Test
    void givingAWarningIsIssuingIt() {
        assertEquals(List.of("Sergey Lavrov"), Reading.speakers(Reading.at("Lavrov gave a stern warning to Washington about the blockade.", "warning")));
        assertTrue(Reading.events("Lavrov gave a lecture at the university.").isEmpty());
    }

    /** "made the remarks on Monday" points back to remarks told before: it says when, not what. */
    @Test
    void remarksADeterminerPointsBackToAreNoNewStatement() {
        assertEquals(List.of(), Reading.speakers(Reading.at("Lavrov made the remarks on Monday during a visit to Caracas.", "remarks")));
        assertEquals(List.of("Sergey Lavrov"), Reading.speakers(Reading.at("Lavrov issued a warning on the blockade during a visit to "
                + "Caracas.", "warning")));
    }

    @Test
    void aPossessiveDeterminerAndAPluralSpeakerToo() {
        Event e = Reading.at("Russia and China renewed their call for talks on the dam.", "call");
        assertEquals("issued-statement", e.rule().name());
        assertEquals(List.of("Russia", "China"), Reading.speakers(e));
    }

    @Test
    void aWarningThatIsNotIssuedIsNoCue() {
        assertTrue(Reading.events("Lavrov read a warning in the paper.").isEmpty());
        assertTrue(Reading.events("The warning came too late for the port.").isEmpty());
    }

    @Test
    void aHeadlineMayDropTheArticle() {
        Event e = Reading.at("Lavrov issues rare apology to Gulf states over the blockade\n\nThe minister spoke on Friday.", "apology");
        assertEquals("issued-statement", e.rule().name());
        assertEquals(List.of("Sergey Lavrov"), Reading.speakers(e));
        assertTrue(Reading.events("Lavrov issued rare apology to Gulf states over the blockade.").stream()
                .noneMatch(x -> x.cue().surface().equals("apology")), "only a headline drops the article");
    }

    /** Plural speech nouns need no article; one that a colon follows only introduces the words after it. */
    @Test
    void issuedWarningsSpeakButRemarksBeforeAColonOnlyIntroduce() {
        assertEquals(List.of("Sergey Lavrov"), Reading.speakers(Reading.at("Lavrov issued warnings to the crews of passing ships.",
                "warnings")));
        assertEquals(List.of(), Reading.speakers(Reading.at("Lavrov delivered remarks to the council on Monday: the raids must stop.",
                "remarks")));
    }
}
