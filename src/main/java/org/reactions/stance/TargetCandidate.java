package org.reactions.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.reactions.knowledge.CountryCode;

/**
 * A country a statement names or refers to, which may be a target of its stance.
 *
 * @param country  its ISO code
 * @param features what is known of it in the statement (its role, its relation to the speaker, the words around it),
 *                 before the labels are known; {@link TargetCandidates#withLabels} adds what depends on them
 * @param victim   whether the statement names it only as the one attacked ("strikes on X"), which is never the
 *                 party urged to de-escalate
 * @param attacked whether the document names it as attacked and never as an attacker, which is never the party
 *                 condemned or warned for the attack (the rule of labels.tsv's "accused")
 * @param listedWith the country named right before it in the same list ("China and Russia": China for Russia),
 *                 whose part it shares, or null
 */
public record TargetCandidate(CountryCode country, List<String> features, boolean victim, boolean attacked, CountryCode listedWith) {
    public TargetCandidate {
        features = List.copyOf(features);
    }

    /**
     * Its features with what depends on the statement's labels, which the target classifier weighs: each label
     * alone, and each label with each feature ("DE_ESCALATION&struck": urged, though named only as attacked).
     */
    public List<String> featuresWith(Set<Label> labels) {
        List<String> all = new ArrayList<>(features);
        all.add(StanceObservation.BIAS);
        for (Label label : labels) {
            all.add("lab=" + label);
            for (String feature : features) {
                all.add(label + "&" + feature);
            }
        }
        return all;
    }
}
