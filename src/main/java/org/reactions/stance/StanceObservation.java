package org.reactions.stance;

import java.util.List;
import org.reactions.statements.Statement;

/**
 * Everything the learned stance model reads in a statement: the rules' reading, the statement's features, and
 * the countries that may be its targets. Training pairs it with gold labels and targets.
 *
 * @param statement  the statement
 * @param rules      what the rules read
 * @param features   the features of its labels by name ({@link StanceFeatures})
 * @param positions  the same features as positions in the index of the model that labels it, sorted, each once (only
 *                   those the model knows); null when the features are read by name alone (training)
 * @param candidates the countries it names or refers to, each with its features ({@link TargetCandidates})
 */
public record StanceObservation(Statement statement, RuleReading rules, List<String> features, int[] positions, List<TargetCandidate> candidates) {
    /** the feature every statement and candidate has: the model's intercept */
    public static final String BIAS = "bias";

    public StanceObservation {
        features = LazyList.kept(features); // made when first read where positions are given: only explanations read names then
        candidates = LazyList.kept(candidates); // made when first read: a statement with no label that takes targets never needs them
    }
}
