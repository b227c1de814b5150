package org.reactions.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reactions.stance.BundledLabels.CONDEMNATION;
import static org.reactions.stance.BundledLabels.DE_ESCALATION;
import static org.reactions.stance.BundledLabels.GRIEVANCE;
import static org.reactions.stance.BundledLabels.NON_INTERVENTION;
import static org.reactions.stance.BundledLabels.OTHER;
import static org.reactions.stance.BundledLabels.SOLIDARITY;
import static org.reactions.stance.BundledLabels.WARNING;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.knowledge.CountryCode;
import org.reactions.stance.LabelDefinition;
import org.reactions.stance.StanceReason;
import org.reactions.stance.TargetCandidate;
import org.reactions.stance.learned.LinearModel;
import org.reactions.stance.learned.ModelFile;

/** explain's lines about labels and targets are worded here, from the statement's evidence. */
class StanceReasonsTest {
    private static final CountryCode XA = CountryCode.of("XA");
    private static final CountryCode XB = CountryCode.of("XB");
    private static final String CUES = "reactions/lexicon/stance-cues.tsv:3";

    @Test
    void aCueAndTheSpeechVerb() {
        assertEquals("CONDEMNATION: 'condemned', cue 'condemn*' (" + CUES + ")",
                StanceReasons.line(new StanceReason.Cue(CONDEMNATION, "condemned", false, false, "condemn*", CUES)));
        assertEquals("NON_INTERVENTION: 'help' (negated) aimed at a partner, cue 'help' (" + CUES + ")",
                StanceReasons.line(new StanceReason.Cue(NON_INTERVENTION, "help", true, true, "help", CUES)));
        assertEquals("CONDEMNATION: speech verb 'deplored', cue 'deplor*' (" + CUES + ")",
                StanceReasons.line(new StanceReason.SpeechVerb(CONDEMNATION, "deplored", "deplor*", CUES)));
    }

    @Test
    void aCameoVerbWithItsPatternCodeAndSource() {
        StanceReason.CameoVerb called = new StanceReason.CameoVerb(DE_ESCALATION, "called", false, "call", "* (for &ceasefire)", "0256",
                "appeal for de-escalation", "DE_ESCALATION", null, "cameo-patterns.tsv:812, CAMEO.2.0.txt:806");
        assertEquals("DE_ESCALATION: verb 'called', call * (for &ceasefire) \u2192 CAMEO 0256 appeal for de-escalation \u2192 DE_ESCALATION"
                + " [cameo-patterns.tsv:812, CAMEO.2.0.txt:806]", StanceReasons.line(called));
        StanceReason.CameoVerb notSent = new StanceReason.CameoVerb(NON_INTERVENTION, "send", true, "send", null, "07", "provide aid",
                null, "NON_INTERVENTION", "cameo-labels.tsv:9");
        assertEquals("NON_INTERVENTION: verb 'send' (negated), send \u2192 CAMEO 07 provide aid \u2192 no label (NON_INTERVENTION if the"
                + " relation holds) [cameo-labels.tsv:9]", StanceReasons.line(notSent));
    }

    @Test
    void anEvaluativeWordAPartnerTurnAndNoCue() {
        assertEquals("CONDEMNATION: 'shameful' (valence -2.1, reactions/lexicon/evaluative.tsv) with a target that is no partner",
                StanceReasons.line(new StanceReason.EvaluativeWord(CONDEMNATION, "shameful", -2.1, "reactions/lexicon/evaluative.tsv", false)));
        assertEquals("GRIEVANCE: the CONDEMNATION is aimed at a partner of XA (kb/alignments.tsv)",
                StanceReasons.line(new StanceReason.TowardPartner(GRIEVANCE, CONDEMNATION, XA)));
        assertEquals("OTHER: no stance cue", StanceReasons.line(new StanceReason.NoCue(OTHER)));
        assertEquals("rules: OTHER: no stance cue", StanceReasons.line(new StanceReason.ByRules(new StanceReason.NoCue(OTHER))));
    }

    @Test
    void theModelsAnswers() {
        List<LinearModel.Contribution> strongest = List.of(new LinearModel.Contribution("r=CONDEMNATION", 0.844),
                new LinearModel.Contribution("b=and_@other", -0.591));
        ModelFile.DecisiveRule rule = new ModelFile.DecisiveRule("cue:criticis*", "CONDEMNATION", 15, 15);
        assertEquals("CONDEMNATION: yes, decided by the rule cue:criticis* (right in 15 of 15 training statements); strongest features:"
                + " r=CONDEMNATION +0.84, b=and_@other -0.59",
                StanceReasons.line(new StanceReason.ModelAnswer(CONDEMNATION, true, StanceReason.Basis.RULE, 0.9, true, rule, strongest)));
        assertEquals("WARNING: no, by the model (p 0.21; rules yes)",
                StanceReasons.line(new StanceReason.ModelAnswer(WARNING, false, StanceReason.Basis.MODEL, 0.214, true, null, List.of())));
        assertEquals("WARNING: yes, the rules' answer (the model is unsure, p 0.45)",
                StanceReasons.line(new StanceReason.ModelAnswer(WARNING, true, StanceReason.Basis.UNSURE, 0.45, true, null, List.of())));
        assertEquals("OTHER: no other label", StanceReasons.line(new StanceReason.NoOtherLabel(OTHER)));
    }

    @Test
    void targetCandidatesAndTheTargetsALabelKeeps() {
        TargetCandidate first = new TargetCandidate(XA, List.of(), false, false, null);
        TargetCandidate listed = new TargetCandidate(XB, List.of(), false, true, XA);
        TargetCandidate struck = new TargetCandidate(CountryCode.of("XC"), List.of(), true, true, null);
        assertEquals("XA yes (p 0.60), XB yes (p 0.60, unsure: the rules' answer, listed with XA, attacked in the document),"
                + " XC no (p 0.00, named as attacked)", StanceReasons.line(new StanceReason.Candidates(List.of(
                new StanceReason.Candidate(first, true, 0.6, false), new StanceReason.Candidate(listed, true, 0.6, true),
                new StanceReason.Candidate(struck, false, 0.001, false)))));
        assertEquals("CONDEMNATION \u2192 XA, XB (labels.tsv: accused, " + LabelDefinition.TargetRule.ACCUSED.description() + "), never a partner",
                StanceReasons.line(new StanceReason.LabelTargets(CONDEMNATION, List.of(XA, XB), LabelDefinition.TargetRule.ACCUSED, true)));
        assertEquals("SOLIDARITY \u2192 none (labels.tsv: partners, " + LabelDefinition.TargetRule.PARTNERS.description() + ")",
                StanceReasons.line(new StanceReason.LabelTargets(SOLIDARITY, List.of(), LabelDefinition.TargetRule.PARTNERS, false)));
    }

    @Test
    void twoDecimalsAsStringFormatWrites() {
        for (double x : new double[] {0, 0.5, 0.004, 0.005, 0.125, 1, -0.004, -1.234, 12.999, -0.5}) {
            assertEquals(String.format(java.util.Locale.ROOT, "%.2f", x).replace("-0.00", "0.00"), StanceReasons.format(x), "" + x);
        }
    }
}
