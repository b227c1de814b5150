package org.reactions.stance;

import java.util.ArrayList;
import java.util.List;
import org.reactions.knowledge.Clauses;
import org.reactions.stance.vocabulary.CameoMatch;
import org.reactions.stance.vocabulary.CameoVerbs;

/**
 * Stance from the verbs of a statement by the CAMEO verb dictionary that political event coders use
 * ({@link CameoVerbs}): "threatened to retaliate" is a threat (WARNING), "agreed to a ceasefire" a de-escalation,
 * "praised" solidarity. A code's label counts for a verb that is neither negated nor in a circumstance clause; the
 * label a code hints at counts instead when a relation holds, the verb negated or aimed at a partner of the
 * speaker's country: help not given is NON_INTERVENTION, a complaint about a partner a GRIEVANCE (cameo-labels.tsv).
 */
final class CameoCues {
    private static final String VERB = "VERB";

    private final CameoVerbs verbs;
    private final Clauses clauses;

    /** A label a verb gave, with why. */
    record Found(Label label, int start, boolean partnerTarget, boolean negated, String code, StanceReason.CameoVerb evidence) {
    }

    private final Labels labels;

    CameoCues(CameoVerbs verbs, Clauses clauses, Labels labels) {
        this.verbs = verbs;
        this.clauses = clauses;
        this.labels = labels;
    }

    /**
     * What the dictionary says of each verb of a statement, read in the verb's own clause (null for a word that is
     * no verb, that the dictionary does not code, or that sets the scene in a circumstance clause: "amid talks"); the
     * labels and the learned model's verb classes both read it.
     */
    CameoMatch[] verbMatches(StatementWords words) {
        CameoMatch[] matches = new CameoMatch[words.size()];
        for (int i = 0; i < words.size(); i++) {
            String tag = words.tags().get(i);
            if ((tag == null || tag.equals(VERB)) && verbs.isVerbForm(words.word(i)) && !clauses.inCircumstance(words.words(), words.tags(), i)) {
                matches[i] = verbs.match(words.words().subList(0, clauses.clauseEnd(words.words(), i)), i);
            }
        }
        return matches;
    }

    /**
     * The labels the verbs of a statement give: a verb with the words its CAMEO pattern names ("hold talks",
     * "agree to a ceasefire", "send aid"). A verb's own code without a pattern is not used: measured on the
     * evaluation sets, codes of bare verbs ("say", "go", "set") label more wrongly than rightly. {@code aimedAtPartner} tells whether the words after index i name
     * a partner as the target.
     */
    List<Found> find(StatementWords words, CameoMatch[] matches, java.util.function.IntPredicate aimedAtPartner) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            CameoMatch match = matches[i];
            if (match == null || match.size() == 0) { // a verb alone says too little: "said", "went", "supplied"
                continue;
            }
            int clauseEnd = clauses.clauseEnd(words.words(), i);
            boolean negated = clauses.negated(words.words(), i, k -> k < words.size() && words.country(k) != null)
                    || match.size() > 0 && clauses.negators().within(words.words(), i + 1, clauseEnd); // "said there was no support"
            boolean partner = aimedAtPartner.test(i + 1);
            Label hint = match.hint() == null ? null : labels.valueOf(match.hint());
            LabelDefinition.Relation relation = hint == null ? LabelDefinition.Relation.NEVER : labels.definition(hint).hintedWhen();
            boolean hinted = negated ? relation == LabelDefinition.Relation.NEGATED : relation == LabelDefinition.Relation.PARTNER && partner;
            Label label = hinted ? hint : negated || match.label() == null ? null : labels.valueOf(match.label());
            if (label != null) {
                found.add(new Found(label, i, partner, negated, match.code(), new StanceReason.CameoVerb(label, words.word(i), negated,
                        match.lemma(), match.pattern(), match.code(), match.codeName(), match.label(), match.hint(), match.source())));
            }
        }
        return found;
    }
}
