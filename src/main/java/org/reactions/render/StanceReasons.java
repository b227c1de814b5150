package org.reactions.render;

import org.reactions.knowledge.CountryCode;
import org.reactions.stance.StanceReason;
import org.reactions.stance.TargetCandidate;
import org.reactions.stance.learned.LinearModel;

/** The sentences of {@code reactions explain} about why a statement has its labels and targets, made from its evidence. */
final class StanceReasons {
    private StanceReasons() {
    }

    /** One line: "CONDEMNATION: 'condemned', cue 'condemn*' (reactions/lexicon/stance-cues.tsv:3)". */
    static String line(StanceReason reason) {
        if (reason instanceof StanceReason.RuleReason rule) {
            return rule(rule);
        }
        if (reason instanceof StanceReason.ByRules byRules) {
            return "rules: " + rule(byRules.reason());
        }
        if (reason instanceof StanceReason.ModelAnswer answer) {
            return answer(answer);
        }
        if (reason instanceof StanceReason.NoOtherLabel none) {
            return none.label() + ": no other label";
        }
        if (reason instanceof StanceReason.Candidates candidates) {
            return String.join(", ", candidates.candidates().stream().map(StanceReasons::candidate).toList());
        }
        StanceReason.LabelTargets targets = (StanceReason.LabelTargets) reason; // the last kind the interface permits
        return targets.label() + " \u2192 " + (targets.countries().isEmpty() ? "none" : CountryCode.join(", ", targets.countries()))
                + " (labels.tsv: " + targets.rule().fileName() + ", " + targets.rule().description() + ")"
                + (targets.withoutPartners() ? ", never a partner" : "");
    }

    private static String rule(StanceReason.RuleReason reason) {
        if (reason instanceof StanceReason.Cue cue) {
            return cue.label() + ": '" + cue.words() + "'" + (cue.negated() ? " (negated)" : "") + (cue.atPartner() ? " aimed at a partner" : "")
                    + ", cue '" + cue.pattern() + "' (" + cue.source() + ")";
        }
        if (reason instanceof StanceReason.SpeechVerb verb) {
            return verb.label() + ": speech verb '" + verb.verb() + "', cue '" + verb.pattern() + "' (" + verb.source() + ")";
        }
        if (reason instanceof StanceReason.CameoVerb verb) {
            return verb.label() + ": verb '" + verb.verb() + "'" + (verb.negated() ? " (negated)" : "") + ", " + cameo(verb);
        }
        if (reason instanceof StanceReason.EvaluativeWord word) {
            return word.label() + ": '" + word.word() + "' (valence " + word.valence() + ", " + word.lexicon() + ") with a target that is "
                    + (word.atPartner() ? "a partner" : "no partner");
        }
        if (reason instanceof StanceReason.TowardPartner toward) {
            return toward.label() + ": the " + toward.from() + " is aimed at a partner of " + toward.speakerCountry() + " (kb/alignments.tsv)";
        }
        return ((StanceReason.NoCue) reason).label() + ": no stance cue"; // the last kind RuleReason permits
    }

    /** What the CAMEO dictionary says: "appeal * (for &ceasefire) → CAMEO 0256 ... → DE_ESCALATION [source]". */
    private static String cameo(StanceReason.CameoVerb verb) {
        return verb.lemma() + (verb.pattern() == null ? "" : " " + verb.pattern()) + " \u2192 CAMEO " + verb.code() + " " + verb.codeName()
                + " \u2192 " + (verb.codeLabel() == null ? "no label" : verb.codeLabel())
                + (verb.hint() == null ? "" : " (" + verb.hint() + " if the relation holds)") + " [" + verb.source() + "]";
    }

    private static String answer(StanceReason.ModelAnswer answer) {
        StringBuilder b = new StringBuilder(answer.label() + ": " + (answer.on() ? "yes" : "no"));
        b.append(switch (answer.basis()) {
            case RULE -> ", decided by the rule " + answer.rule().ruleId() + " (right in " + answer.rule().right() + " of "
                    + answer.rule().fired() + " training statements)";
            case UNSURE -> ", the rules' answer (the model is unsure, p " + format(answer.p()) + ")";
            case USER_CUE -> ", decided by a cue of a --stance-cues file, which the model never saw (p " + format(answer.p()) + ")";
            case MODEL -> ", by the model (p " + format(answer.p()) + "; rules " + (answer.rulesSay() ? "yes" : "no") + ")";
        });
        String sep = "; strongest features: ";
        for (LinearModel.Contribution c : answer.strongest()) {
            b.append(sep).append(c.feature()).append(' ').append(c.weight() >= 0 ? "+" : "").append(format(c.weight()));
            sep = ", ";
        }
        return b.toString();
    }

    private static String candidate(StanceReason.Candidate answer) {
        TargetCandidate candidate = answer.candidate();
        return candidate.country() + (answer.on() ? " yes" : " no") + " (p " + format(answer.p()) + (answer.unsure() ? ", unsure: the rules' answer" : "")
                + (candidate.listedWith() != null ? ", listed with " + candidate.listedWith() : "")
                + (candidate.victim() ? ", named as attacked" : candidate.attacked() ? ", attacked in the document" : "") + ")";
    }

    /** Two decimals, as explanations show probabilities and weights: what String.format("%.2f") writes, without "-0.00". */
    static String format(double x) {
        long hundredths = Math.round(Math.abs(x) * 100);
        return (x < 0 && hundredths > 0 ? "-" : "") + hundredths / 100 + "." + (hundredths % 100 < 10 ? "0" : "") + hundredths % 100;
    }
}
