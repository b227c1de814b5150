package org.reactions.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;
import org.reactions.entities.DocumentEntities;
import org.reactions.knowledge.CountryCode;
import org.reactions.nlp.AnnotatedDocument;
import org.reactions.stance.learned.LinearModel;
import org.reactions.stance.learned.ModelFile;
import org.reactions.stance.learned.SenseTable;
import org.reactions.statements.Statement;

/**
 * What the decider guarantees whatever a model says: with a model that gives every label and takes every candidate
 * as a target, a call to de-escalate still never goes to the country named as attacked, a partner of the speaker's
 * country is never the one condemned (but may be the one complained about), the fallback label stands alone, and a rule that was right 95% of the time decides.
 */
class StanceDeciderTest {
    private static ModelFile.Classifier always(boolean yes) {
        return new ModelFile.Classifier(new LinearModel(Map.of(StanceObservation.BIAS, yes ? 5.0 : -5.0)), 0.5, 0);
    }

    /** A model that says yes to these labels and no to the others, and takes every candidate as a target. */
    private static StanceModel model(List<Label> yes, List<ModelFile.DecisiveRule> rules) {
        Map<String, ModelFile.Classifier> labels = new LinkedHashMap<>();
        for (Label label : BundledLabels.LABELS.values()) {
            if (!label.equals(BundledLabels.LABELS.fallback())) {
                labels.put(label.name(), always(yes.contains(label)));
            }
        }
        return new StanceModel(new ModelFile("test", labels, rules, always(true), SenseTable.empty()), BundledLabels.LABELS);
    }

    private static LabeledStatement decide(StanceModel model, String text) {
        AnnotatedDocument document = Fixtures.annotate(text);
        DocumentEntities entities = Fixtures.RECOGNIZER.recognize(document);
        List<Statement> statements = Fixtures.EXTRACTOR.extract(document, entities);
        assertEquals(1, statements.size(), text);
        StanceLabeler labeler = new StanceLabeler(Fixtures.KNOWLEDGE.stance(), Fixtures.KNOWLEDGE.clauses(), model);
        return labeler.forDocument(document, entities).label(statements.get(0));
    }

    @Test
    void aCallToDeEscalateNeverGoesToTheCountryNamedAsAttacked() {
        LabeledStatement s = decide(model(List.of(BundledLabels.DE_ESCALATION), List.of()),
                "Wang Yi urged restraint after the US strikes on Iran.");
        assertEquals(List.of(CountryCode.of("US")), s.labelTargets().get(BundledLabels.DE_ESCALATION), s.evidence().toString());
        LabeledStatement both = decide(model(List.of(BundledLabels.DE_ESCALATION), List.of()),
                "Wang Yi urged Israel and Iran to stop the attacks.");
        assertEquals(List.of(CountryCode.of("IL"), CountryCode.of("IR")), both.labelTargets().get(BundledLabels.DE_ESCALATION), both.evidence().toString());
    }

    @Test
    void criticismNeverGoesToTheCountryTheDocumentNamesAsAttacked() {
        LabeledStatement s = decide(model(List.of(BundledLabels.CONDEMNATION), List.of()),
                "Japan said it opposes the violation of Iran's sovereignty by Israel's strikes on Iran.");
        assertEquals(List.of(CountryCode.of("IL")), s.labelTargets().get(BundledLabels.CONDEMNATION), s.evidence().toString());
    }

    @Test
    void aPartnerIsNeverTheCountryCondemnedButMayBeTheOneComplainedAbout() {
        LabeledStatement s = decide(model(List.of(BundledLabels.CONDEMNATION, BundledLabels.GRIEVANCE), List.of()),
                "Iranian officials criticized Moscow over the undelivered air defence systems.");
        assertEquals(List.of(), s.labelTargets().get(BundledLabels.CONDEMNATION), s.evidence().toString());
        assertEquals(List.of(CountryCode.of("RU")), s.labelTargets().get(BundledLabels.GRIEVANCE));
        LabeledStatement mixed = decide(model(List.of(BundledLabels.CONDEMNATION), List.of()),
                "Araghchi criticized the United States and Russia over the strikes.");
        assertEquals(List.of(CountryCode.of("US")), mixed.labelTargets().get(BundledLabels.CONDEMNATION), mixed.evidence().toString());
    }

    @Test
    void theMembersOfOneListShareTheirPart() {
        ModelFile.Classifier firstNamedOnly = new ModelFile.Classifier(new LinearModel(Map.of(StanceObservation.BIAS, -5.0, "first", 10.0)), 0.5, 0);
        Map<String, ModelFile.Classifier> labels = new LinkedHashMap<>();
        labels.put(BundledLabels.CONDEMNATION.name(), always(true));
        StanceModel model = new StanceModel(new ModelFile("test", labels, List.of(), firstNamedOnly, SenseTable.empty()), BundledLabels.LABELS);
        LabeledStatement listed = decide(model, "Wang Yi condemned Israel, Britain and the United States for the raids.");
        assertEquals(List.of(CountryCode.of("GB"), CountryCode.of("IL"), CountryCode.of("US")), listed.labelTargets().get(BundledLabels.CONDEMNATION), listed.evidence().toString());
        LabeledStatement apart = decide(model, "Wang Yi condemned Israel after a call with Britain.");
        assertEquals(List.of(CountryCode.of("IL")), apart.labelTargets().get(BundledLabels.CONDEMNATION), apart.evidence().toString());
        StanceReason.Candidates candidates = apart.targetEvidence().stream().filter(StanceReason.Candidates.class::isInstance)
                .map(StanceReason.Candidates.class::cast).findFirst().orElseThrow();
        assertEquals(List.of(CountryCode.of("IL")), candidates.candidates().stream().filter(StanceReason.Candidate::on)
                .map(c -> c.candidate().country()).toList(), candidates.toString());
    }

    @Test
    void theFallbackLabelStandsAloneAndHasNoTarget() {
        LabeledStatement s = decide(model(List.of(), List.of()), "Peskov said Putin would travel to Beijing in May.");
        assertEquals(java.util.Set.of(BundledLabels.LABELS.fallback()), s.labels());
        assertTrue(s.targets().isEmpty());
    }

    @Test
    void aRuleRightNineteenTimesInTwentyDecidesWhateverTheModelSays() {
        ModelFile.DecisiveRule rule = new ModelFile.DecisiveRule("cue:condemn*", "CONDEMNATION", 97, 100);
        LabeledStatement s = decide(model(List.of(), List.of(rule)), "Lavrov condemned the strikes on Iran.");
        assertTrue(s.labels().contains(BundledLabels.CONDEMNATION), s.evidence().toString());
        assertTrue(s.evidence().stream().anyMatch(e -> e instanceof StanceReason.ModelAnswer answer
                && answer.label().equals(BundledLabels.CONDEMNATION) && answer.on() && answer.basis() == StanceReason.Basis.RULE && answer.rule().equals(rule)), s.evidence().toString());
        assertTrue(s.evidence().stream().anyMatch(e -> e instanceof StanceReason.ByRules rules && rules.reason() instanceof StanceReason.Cue cue
                && cue.pattern().equals("condemn*")), "the rules' reading follows the model's: " + s.evidence());
    }
}
