package org.reactions.stance;

import java.util.List;
import org.reactions.statements.Statement;

/**
 * Everything the learned stance model reads in a statement: the rules' reading, the statement's features, and
 * the countries that may be its targets. Training pairs it with gold labels and targets.
 *
 * @param statement  the statement
 * @param rules      what the rules read
 * @param features   the features of its labels ({@link StanceFeatures})
 * @param candidates the countries it names or refers to, each with its features ({@link TargetCandidates})
 */
public record StanceObservation(Statement statement, RuleReading rules, List<String> features, List<TargetCandidate> candidates) {
    /** the feature every statement and candidate has: the model's intercept */
    public static final String BIAS = "bias";

    public StanceObservation {
        features = List.copyOf(features);
        candidates = LazyList.kept(candidates); // made when first read: a statement with no label that takes targets never needs them
    }
}
