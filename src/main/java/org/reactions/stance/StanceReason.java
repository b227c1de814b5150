package org.reactions.stance;

import java.util.List;
import org.reactions.knowledge.CountryCode;
import org.reactions.stance.learned.LinearModel;
import org.reactions.stance.learned.ModelFile;

/**
 * Why a statement has its stance labels and targets, as data: one record for each kind of evidence, in the order an
 * explanation shows them. Only {@code render/StanceReasons} words them, for {@code reactions explain}.
 */
public sealed interface StanceReason {
    /** What the stance rules read: the cues, verbs and words that voted, and what became of their labels. */
    sealed interface RuleReason extends StanceReason permits Cue, SpeechVerb, CameoVerb, EvaluativeWord, TowardPartner, NoCue {
    }

    /** Why the labels have the targets they have. */
    sealed interface TargetReason extends StanceReason permits Candidates, LabelTargets {
    }

    /**
     * A cue of the stance lexicon matched in the speaker's words.
     *
     * @param words     the words it matched, as written
     * @param negated   whether a negator in its clause turned it (a cue of negated polarity)
     * @param atPartner whether the words after it name a partner of the speaker's country
     * @param pattern   the cue's pattern ("condemn*")
     * @param source    "file:line" of the cue
     */
    record Cue(Label label, String words, boolean negated, boolean atPartner, String pattern, String source) implements RuleReason {
    }

    /** The statement's speech verb fits a one-word cue ("Russia regretted ..."). */
    record SpeechVerb(Label label, String verb, String pattern, String source) implements RuleReason {
    }

    /**
     * A verb with the words its CAMEO pattern names, as the CAMEO dictionary codes it (plain data of the
     * dictionary's match, which only the stance rules read).
     *
     * @param verb      the verb as written
     * @param negated   whether it is negated
     * @param lemma     its dictionary entry ("call off")
     * @param pattern   the matched pattern in CAMEO syntax, or null for the verb alone
     * @param code      the CAMEO event code
     * @param codeName  the code's name in the label table
     * @param codeLabel the name of the label the code maps to, or null
     * @param hint      the name of the label the code points to when a relation holds, or null
     * @param source    the table rows and the source dictionary line
     */
    record CameoVerb(Label label, String verb, boolean negated, String lemma, String pattern, String code, String codeName,
                     String codeLabel, String hint, String source) implements RuleReason {
    }

    /**
     * An evaluative word judging a target.
     *
     * @param valence   its rating in the lexicon
     * @param lexicon   the lexicon's file
     * @param atPartner whether the target is a partner (praise) rather than no partner (criticism)
     */
    record EvaluativeWord(Label label, String word, double valence, String lexicon, boolean atPartner) implements RuleReason {
    }

    /** A label aimed only at partners of the speaker's country, which turned it into {@code label} (labels.tsv). */
    record TowardPartner(Label label, Label from, CountryCode speakerCountry) implements RuleReason {
    }

    /** No rule fired: the fallback label. */
    record NoCue(Label label) implements RuleReason {
    }

    /** What the rules read, shown below the model's answers when a model decided. */
    record ByRules(RuleReason reason) implements StanceReason {
    }

    /** How the model's answer for a label came about. */
    enum Basis {
        /** a rule right often enough in training decided */
        RULE,
        /** the model's probability decided */
        MODEL,
        /** the model was unsure: the rules' answer stands */
        UNSURE,
        /** a cue of the user's own file fired: the model never saw it, so it decides */
        USER_CUE
    }

    /**
     * The learned model's answer for a label.
     *
     * @param on        whether the statement has the label
     * @param p         the model's probability
     * @param rulesSay  whether the rules gave the label
     * @param rule      the deciding rule when the basis is {@link Basis#RULE}, else null
     * @param strongest the features that weighed most
     */
    record ModelAnswer(Label label, boolean on, Basis basis, double p, boolean rulesSay, ModelFile.DecisiveRule rule,
                       List<LinearModel.Contribution> strongest) implements StanceReason {
        public ModelAnswer {
            strongest = List.copyOf(strongest);
        }
    }

    /** The model gave no label: the fallback label. */
    record NoOtherLabel(Label label) implements StanceReason {
    }

    /** The target classifier's answer for each candidate country. */
    record Candidates(List<Candidate> candidates) implements TargetReason {
        public Candidates {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * The target classifier's answer for one country.
     *
     * @param unsure whether it was unsure, so that the rules' answer stands
     */
    record Candidate(TargetCandidate candidate, boolean on, double p, boolean unsure) {
    }

    /**
     * The targets a label keeps by its rule in labels.tsv.
     *
     * @param withoutPartners whether the partners of the speaker's country were left out (a label turned toward partners)
     */
    record LabelTargets(Label label, List<CountryCode> countries, LabelDefinition.TargetRule rule, boolean withoutPartners)
            implements TargetReason {
        public LabelTargets {
            countries = List.copyOf(countries);
        }
    }
}
