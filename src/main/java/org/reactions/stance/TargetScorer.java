package org.reactions.stance;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.reactions.stance.learned.LinearModel;

/**
 * The target classifier's weights arranged by a candidate's own features, so that scoring a candidate looks each of
 * them up once: a feature's weight alone and with each label ("DE_ESCALATION&struck"), rather than a string built
 * and looked up for every feature and label ({@link TargetCandidate#featuresWith}, which training reads; both give
 * the same sum).
 */
final class TargetScorer {
    /** by a candidate's feature, its weight alone at [0] and with each label at [1 + ordinal] */
    private final Map<String, double[]> byFeature = new HashMap<>();
    /** "lab=L": the weight of each label present, by ordinal */
    private final double[] byLabel;
    private final Labels labels;

    TargetScorer(LinearModel targets, Labels labels) {
        this.labels = labels;
        this.byLabel = new double[labels.values().size()];
        targets.weights().forEach((feature, weight) -> {
            int and = feature.indexOf('&');
            Label conjoined = and < 0 ? null : label(feature.substring(0, and));
            if (feature.startsWith("lab=") && label(feature.substring(4)) != null) {
                byLabel[label(feature.substring(4)).ordinal()] = weight;
            } else if (conjoined != null) {
                row(feature.substring(and + 1))[1 + conjoined.ordinal()] = weight;
            } else {
                row(feature)[0] = weight;
            }
        });
    }

    private double[] row(String feature) {
        return byFeature.computeIfAbsent(feature, f -> new double[1 + labels.values().size()]);
    }

    private Label label(String name) {
        try {
            return labels.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The probability that a candidate is a target of a statement with these labels. */
    double probability(TargetCandidate candidate, Set<Label> labels) {
        double sum = weight(StanceObservation.BIAS, labels, false);
        for (String feature : candidate.features()) {
            sum += weight(feature, labels, true);
        }
        for (Label label : labels) {
            sum += byLabel[label.ordinal()];
        }
        return 1 / (1 + Math.exp(-sum));
    }

    private double weight(String feature, Set<Label> labels, boolean conjoined) {
        double[] row = byFeature.get(feature);
        if (row == null) {
            return 0;
        }
        double sum = row[0];
        if (conjoined) {
            for (Label label : labels) {
                sum += row[1 + label.ordinal()];
            }
        }
        return sum;
    }
}
