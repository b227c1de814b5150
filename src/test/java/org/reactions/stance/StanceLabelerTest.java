package org.reactions.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;

class StanceLabelerTest {
    private static Set<Label> labels(String text) {
        List<LabeledStatement> found = Fixtures.labeled(text);
        assertEquals(1, found.size(), () -> "expected one statement in: " + text + " found " + found);
        return found.get(0).labels();
    }

    @Test
    void negatedHelpIsNonInterventionNotSolidarity() {
        assertEquals(Set.of(Label.NON_INTERVENTION), labels("Baghaei said Tehran did not request help from any country."));
        assertEquals(Set.of(Label.NON_INTERVENTION), labels("The Kremlin said Moscow had no obligation to defend anyone."));
    }

    @Test
    void helpThatIsNotNegatedIsSolidarity() {
        assertEquals(Set.of(Label.SOLIDARITY), labels("Putin said Russia was doing its best to help the Iranian people."));
    }

    @Test
    void aNegationInAnotherClauseDoesNotCount() {
        Set<Label> labels = labels("Zakharova said nobody had asked for weapons and that Russia stands with its friends.");
        assertTrue(labels.contains(Label.SOLIDARITY), labels.toString());
    }

    @Test
    void notOnlyIsNotANegation() {
        assertTrue(labels("Lavrov said Russia not only condemned the raids but demanded a ceasefire.").contains(Label.CONDEMNATION));
    }

    @Test
    void twoNegationsCancel() {
        assertEquals(Set.of(Label.WARNING), labels("Peskov said the situation cannot fail to be a cause of concern."));
    }

    @Test
    void helpCountsAsSolidarityOnlyWhenAPartnerIsNamed() {
        assertEquals(Set.of(Label.OTHER), labels("Iravani said Washington has supported the Israeli strikes."));
        assertEquals(Set.of(Label.SOLIDARITY), labels("Iravani said Moscow has supported Iran throughout."));
    }

    @Test
    void aCueInsideALongerCueOfAnotherLabelDoesNotCount() {
        assertEquals(Set.of(Label.DE_ESCALATION), labels("Wang Yi said all sides must avoid further escalation."));
    }

    @Test
    void aRightToDefendIsSolidarityNotAThreat() {
        assertEquals(Set.of(Label.SOLIDARITY), labels("Lavrov said Russia respects Iran's right to defend itself."));
        assertEquals(Set.of(Label.WARNING), labels("Araghchi said Iran would defend itself with all its might."));
    }

    @Test
    void criticismOfAPartnerIsAGrievance() {
        assertEquals(Set.of(Label.GRIEVANCE), labels("Iranian officials criticized Moscow over the undelivered air defence systems."));
        assertEquals(Set.of(Label.GRIEVANCE), labels("Iranian officials said they were disappointed in Beijing."));
    }

    @Test
    void aPartnerAsTheVictimOfAnAttackKeepsItACondemnation() {
        assertEquals(Set.of(Label.CONDEMNATION), labels("Lavrov condemned the unprovoked attack on Iran."));
    }

    @Test
    void praiseOfAPartnerIsSolidarity() {
        assertEquals(Set.of(Label.SOLIDARITY), labels("Araghchi defended Russia's conduct during the war."));
        assertTrue(labels("Baghaei thanked China for its principled position.").contains(Label.SOLIDARITY));
    }

    @Test
    void theOtherLabels() {
        assertEquals(Set.of(Label.DE_ESCALATION), labels("Beijing called for restraint and an immediate ceasefire."));
        assertEquals(Set.of(Label.WARNING), labels("Peskov warned of a dangerous spiral."));
        assertEquals(Set.of(Label.OTHER), labels("Zakharova said the briefing will be held on Friday."));
    }

    @Test
    void aWriterFramingClauseDoesNotLabelTheSpeaker() {
        Set<Label> labels = labels("Responding to claims of a military alliance, Peskov said the briefing will be held on Friday.");
        assertFalse(labels.contains(Label.SOLIDARITY), labels.toString());
    }

    @Test
    void evidenceNamesTheCuesThatFired() {
        LabeledStatement s = Fixtures.labeled("China condemned the raids.").get(0);
        assertTrue(s.evidence().get(0).startsWith("CONDEMNATION: 'condemned'"), s.evidence().toString());
    }
}
