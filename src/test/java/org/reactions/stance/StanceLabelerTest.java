package org.reactions.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;
import org.reactions.knowledge.CountryCode;

class StanceLabelerTest {
    private static LabeledStatement only(String text) {
        List<LabeledStatement> found = Fixtures.labeled(text);
        assertEquals(1, found.size(), () -> "expected one statement in: " + text + " found " + found);
        return found.get(0);
    }

    private static Set<Label> labels(String text) {
        return only(text).labels();
    }

    @Test
    void negatedHelpIsNonInterventionNotSolidarity() {
        assertEquals(Set.of(BundledLabels.NON_INTERVENTION), labels("Baghaei said Tehran did not request help from any country."));
        assertEquals(Set.of(BundledLabels.NON_INTERVENTION), labels("The Kremlin said Moscow had no obligation to defend anyone."));
    }

    @Test
    void helpThatIsNotNegatedIsSolidarity() {
        assertEquals(Set.of(BundledLabels.SOLIDARITY), labels("Putin said Russia was doing its best to help the Iranian people."));
    }

    @Test
    void aNegationInAnotherClauseDoesNotCount() {
        Set<Label> labels = labels("Zakharova said nobody had asked for weapons and that Russia stands with its friends.");
        assertTrue(labels.contains(BundledLabels.SOLIDARITY), labels.toString());
    }

    @Test
    void notOnlyIsNotANegation() {
        assertTrue(labels("Lavrov said Russia not only condemned the raids but demanded a ceasefire.").contains(BundledLabels.CONDEMNATION));
    }

    @Test
    void twoNegationsCancel() {
        assertEquals(Set.of(BundledLabels.WARNING), labels("Peskov said the situation cannot fail to be a cause of concern."));
    }

    @Test
    void helpCountsAsSolidarityOnlyWhenAPartnerIsNamed() {
        assertEquals(Set.of(BundledLabels.OTHER), labels("Iravani said Washington has supported the Israeli strikes."));
        assertEquals(Set.of(BundledLabels.SOLIDARITY), labels("Iravani said Moscow has supported Iran throughout."));
    }

    @Test
    void aCueInsideALongerCueOfAnotherLabelDoesNotCount() {
        assertEquals(Set.of(BundledLabels.DE_ESCALATION), labels("Wang Yi said all sides must avoid further escalation."));
    }

    @Test
    void aRightToDefendGrantsARightAndThreatensNoOne() {
        assertEquals(Set.of(BundledLabels.OTHER), labels("Lavrov said Russia respects Iran's right to defend itself."));
        assertEquals(Set.of(BundledLabels.WARNING), labels("Araghchi said Iran would defend itself with all its might."));
    }

    @Test
    void criticismOfAPartnerIsAGrievance() {
        assertEquals(Set.of(BundledLabels.GRIEVANCE), labels("Iranian officials criticized Moscow over the undelivered air defence systems."));
        assertEquals(Set.of(BundledLabels.GRIEVANCE), labels("Iranian officials said they were disappointed in Beijing."));
    }

    @Test
    void aPartnerAsTheVictimOfAnAttackKeepsItACondemnation() {
        assertEquals(Set.of(BundledLabels.CONDEMNATION), labels("Lavrov condemned the unprovoked attack on Iran."));
    }

    @Test
    void praiseOfAPartnerIsSolidarity() {
        assertEquals(Set.of(BundledLabels.SOLIDARITY), labels("Araghchi defended Russia's conduct during the war."));
        assertTrue(labels("Baghaei thanked China for its principled position.").contains(BundledLabels.SOLIDARITY));
    }

    @Test
    void theOtherLabels() {
        assertEquals(Set.of(BundledLabels.DE_ESCALATION), labels("Beijing called for restraint and an immediate ceasefire."));
        assertEquals(Set.of(BundledLabels.WARNING), labels("Peskov warned of a dangerous spiral."));
        assertEquals(Set.of(BundledLabels.OTHER), labels("Zakharova said the briefing will be held on Friday."));
    }

    @Test
    void aWriterFramingClauseDoesNotLabelTheSpeaker() {
        Set<Label> labels = labels("Responding to claims of a military alliance, Peskov said the briefing will be held on Friday.");
        assertFalse(labels.contains(BundledLabels.SOLIDARITY), labels.toString());
    }

    @Test
    void evidenceNamesTheCuesThatFired() {
        LabeledStatement s = Fixtures.labeled("China condemned the raids.").get(0);
        StanceReason.Cue cue = assertInstanceOf(StanceReason.Cue.class, s.evidence().get(0), s.evidence().toString());
        assertEquals(BundledLabels.CONDEMNATION, cue.label());
        assertEquals("condemned", cue.words());
        assertFalse(cue.negated() || cue.atPartner(), cue.toString());
        assertTrue(cue.source().startsWith("reactions/lexicon/stance-cues.tsv:"), cue.source());
    }

    private static List<String> targets(String text) {
        return only(text).targets().stream().map(CountryCode::value).toList();
    }

    @Test
    void theAttackerIsTheTargetOfCriticismNotTheCountryAttacked() {
        assertEquals(List.of("FR"), targets("Wang Yi condemned the bombing raids by France on Mali."));
        assertEquals(List.of("US"), targets("Lavrov condemned the United States strikes on Iran."));
    }

    @Test
    void theStrikesReferToTheAttackersNamedEarlier() {
        String text = "Turkey launched air strikes on Syria on Monday.\nLavrov said Moscow condemned these strikes.";
        assertEquals(List.of("TR"), targets(text));
        assertEquals(List.of(), targets("Lavrov said Moscow condemned any military strikes."), "generic wording names no one");
        assertEquals(List.of("TR"), targets("Turkey launched air strikes on Syria on Monday.\nLavrov said such a step was a grave violation of "
                + "international law."));
        assertEquals(List.of("TR"), targets("Turkey launched air strikes on Syria on Monday.\nLavrov said these acts set a dangerous precedent."));
    }

    @Test
    void theCountriesAStatementOpensWithSpeakTheyAreNotTargets() {
        LabeledStatement first = Fixtures.labeled("Russia and China criticised the offensive by Turkey against Armenia.").get(0);
        assertTrue(first.targets().contains(CountryCode.of("TR")), first.toString());
        assertFalse(first.targets().contains(CountryCode.of("CN")) || first.targets().contains(CountryCode.of("RU")), first.toString());
    }

    @Test
    void everyCountryOfAListOfVictimsIsAVictimButAnAttackerAmongThemIsNot() {
        assertEquals(List.of(), targets("Lavrov condemned the raids on Armenia and Azerbaijan."));
        assertEquals(List.of("TR"), targets("Lavrov condemned the raids on Syria and Turkey's shelling of villages."));
    }

    @Test
    void theAttackedCountryIsFoundPastTheNamedAttackers() {
        assertEquals(List.of("AZ", "TR"), targets("Lavrov condemned the attack by Turkey and Azerbaijan on Armenia."));
    }

    @Test
    void aCountryNeverTargetsItsOwnAttack() {
        LabeledStatement s = only("Russia launched strikes on Ukraine.\nLavrov said Moscow regretted these strikes.");
        assertEquals(List.of(), s.targets(), s.toString());
    }

    @Test
    void neverTheSpeakersOwnCountry() {
        assertEquals(List.of("BY"), targets("Peskov said Russia would always stand with Belarus."));
    }

    @Test
    void urgedPartiesAreTargetsButAllSidesAreNot() {
        assertEquals(List.of("AM", "AZ"), targets("Zakharova said Moscow urged Armenia and Azerbaijan to return to negotiations."));
        assertEquals(List.of(), targets("Wang Yi called on all sides to show restraint."));
    }

    @Test
    void nonInterventionWithoutANameIsAboutTheCountryAttacked() {
        String text = "Israel struck Lebanon overnight.\nPeskov said Russia had no obligation to intervene.";
        LabeledStatement s = only(text);
        assertEquals(Set.of(BundledLabels.NON_INTERVENTION), s.labels());
        assertEquals(List.of(CountryCode.of("LB")), s.targets());
    }

    @Test
    void grievanceTargetsThePartnerComplainedAbout() {
        LabeledStatement s = only("Iranian officials said they were disappointed in Beijing.");
        assertEquals(List.of(CountryCode.of("CN")), s.targets());
    }

    @Test
    void stanceWordsInCircumstanceClausesDoNotLabel() {
        assertEquals(Set.of(BundledLabels.OTHER), labels("Peskov said the visit went ahead amid fears of escalation."));
        assertEquals(Set.of(BundledLabels.OTHER), labels("Zakharova said the raid came days before talks were due to resume."));
        assertEquals(Set.of(BundledLabels.OTHER), labels("Baghaei said the ministers met as tensions escalated."));
        assertEquals(Set.of(BundledLabels.CONDEMNATION), labels("Baghaei said Iran condemned the raid as a crime."), "'as' before a noun is no clause");
    }

    @Test
    void supportAndHelpInOtherSensesAreNotNonIntervention() {
        assertEquals(Set.of(BundledLabels.OTHER), labels("Nebenzia said there was no support for the draft resolution."));
        assertFalse(labels("Peskov said the summit did not help ease the standoff.").contains(BundledLabels.NON_INTERVENTION));
        assertEquals(Set.of(BundledLabels.NON_INTERVENTION), labels("Peskov said Moscow would not send military aid."));
    }

    @Test
    void inflectedAndPluralFormsOfACueMatch() {
        assertEquals(Set.of(BundledLabels.CONDEMNATION), labels("Wang Yi said China firmly opposed the blockade."));
        assertEquals(Set.of(BundledLabels.CONDEMNATION), labels("Zakharova said Russia decried the blockade."));
        assertEquals(Set.of(BundledLabels.SOLIDARITY), labels("Araghchi said Iran and its allies stand together."));
    }

    @Test
    void aDenialNegatesWhatItGoverns() {
        assertEquals(Set.of(BundledLabels.NON_INTERVENTION), labels("Peskov said Moscow denied sending military aid to Tehran."));
    }

    @Test
    void rejectingOrRegrettingIsCriticism() {
        assertEquals(Set.of(BundledLabels.CONDEMNATION), labels("Zakharova said Moscow rejected the ultimatum from Warsaw."));
        assertEquals(Set.of(BundledLabels.CONDEMNATION), labels("Peskov said Moscow can only regret the decision of Poland."));
    }

    @Test
    void theSpeechVerbItselfLabels() {
        assertTrue(labels("Beijing condemned the blockade of the port.").contains(BundledLabels.CONDEMNATION));
        assertTrue(labels("Zakharova warned the government in Kyiv.").contains(BundledLabels.WARNING));
    }

    @Test
    void aNegatedWishIsNoWarning() {
        assertFalse(labels("Peskov said Moscow had no wish to escalate the conflict.").contains(BundledLabels.WARNING));
    }

    @Test
    void cameoVerbPatternsLabelThreatsTalksAndAid() {
        LabeledStatement talks = only("Peskov said Moscow and Warsaw held talks on Friday.");
        assertEquals(Set.of(BundledLabels.DE_ESCALATION), talks.labels(), talks.evidence().toString());
        assertTrue(talks.evidence().stream().anyMatch(e -> e instanceof StanceReason.CameoVerb verb && verb.label().equals(BundledLabels.DE_ESCALATION)
                && verb.verb().equals("held") && !verb.negated() && verb.pattern() != null), talks.evidence().toString());
        assertEquals(Set.of(BundledLabels.DE_ESCALATION), labels("Zakharova said Moscow agreed to a truce with Kyiv."));
        assertEquals(Set.of(BundledLabels.OTHER), labels("Peskov said the delegation went home."), "a verb's code without its pattern says too little");
    }

    @Test
    void cameoAidNotGivenIsNonIntervention() {
        LabeledStatement s = only("Peskov said Russia would not send aid to Venezuela.");
        assertEquals(Set.of(BundledLabels.NON_INTERVENTION), s.labels(), s.evidence().toString());
        StanceReason.Cue aid = assertInstanceOf(StanceReason.Cue.class, s.evidence().get(0), "the cue speaks for its words: " + s.evidence());
        assertTrue(aid.negated() && aid.words().equals("aid"), aid.toString());
    }

    @Test
    void aNegativeJudgementOfANonPartnerIsCriticism() {
        LabeledStatement s = only("Zakharova said the decision by Poland was shameful and irrational.");
        assertEquals(Set.of(BundledLabels.CONDEMNATION), s.labels(), s.evidence().toString());
        assertEquals(List.of(CountryCode.of("PL")), s.targets());
        StanceReason.EvaluativeWord word = assertInstanceOf(StanceReason.EvaluativeWord.class, s.evidence().get(0), s.evidence().toString());
        assertEquals("shameful", word.word());
        assertTrue(word.valence() < 0 && !word.atPartner(), word.toString());
        assertEquals(List.of(new StanceReason.LabelTargets(BundledLabels.CONDEMNATION, List.of(CountryCode.of("PL")), LabelDefinition.TargetRule.ACCUSED, false)),
                s.targetEvidence());
    }

    @Test
    void aNegativeWordWithoutATargetOrAboutEventsJudgesNoOne() {
        assertEquals(Set.of(BundledLabels.OTHER), labels("Zakharova said the weather in the capital was miserable."));
        assertEquals(Set.of(BundledLabels.OTHER), labels("Peskov said two soldiers were killed in Poland."));
    }
}
