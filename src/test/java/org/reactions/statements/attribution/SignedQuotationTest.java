package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignedQuotationTest {
    @Test
    void theActorAfterTheDashSignsTheQuotation() {
        Event e = Reading.at("‘Those who back the aggression are partners in its crimes’ – Iranian Foreign Ministry", "quote");
        assertEquals("signed-quotation", e.rule().name());
        assertEquals(List.of("Iranian Foreign Ministry"), Reading.speakers(e));
        assertEquals(List.of("Sergey Lavrov"), Reading.speakers(Reading.at("“We will answer any aggression” - Lavrov.", "quote")));
    }

    @Test
    void aHeadlineWithQuotedWordsInsideIsSignedToo() {
        assertEquals(List.of("Russia"), Reading.speakers(Reading.at("Strikes on Iranian nuclear sites ‘irresponsible’ — Moscow", "quote")));
    }

    @Test
    void anActorThatDoesNotEndTheSentenceSignsNothing() {
        assertTrue(Reading.events("The envoy called it “a provocation” – Moscow and Beijing disagree on the next step.").stream()
                .noneMatch(e -> e.rule() != null && e.rule().name().equals("signed-quotation")));
        assertTrue(Reading.events("Iran’s missiles hit ‘military targets’ – Israel").stream().noneMatch(e -> e.rule() != null
                && e.rule().name().equals("signed-quotation") && Reading.speakers(e).contains("Iran")));
    }

    @Test
    void aPullQuoteSignedInsideItsQuotationMarksIsTheSigners() {
        assertEquals(List.of("Lin Jian"), Reading.speakers(Reading.at(
                "“China calls on all parties to stop the fighting and avoid any escalation... - Lin Jian”", "quote")));
        assertEquals(List.of("Maria Zakharova"), Reading.speakers(Reading.at(
                "\"We reject these sanctions as unlawful. - Maria Zakharova\".", "quote")));
    }

    @Test
    void aDashInsideAQuotationBeforeMoreWordsSignsNothing() {
        assertTrue(Reading.events("“Peace is possible - Lavrov and Wang agree on that,” the paper wrote.").stream()
                .noneMatch(e -> e.rule() != null && e.rule().name().equals("signed-quotation")));
    }
}
