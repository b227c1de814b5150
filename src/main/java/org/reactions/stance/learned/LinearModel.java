package org.reactions.stance.learned;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A binary log-linear classifier: the probability of "yes" is the logistic of the summed weights of the features
 * present. A two-outcome maxent model is exactly this, with each feature's weight the difference of its two
 * outcome parameters, so a trained OpenNLP model is kept as one weight a feature. The classifiers of one model
 * share one index of feature names, so that loading a model reads each name once. Immutable and thread-safe.
 */
public final class LinearModel {
    private final FeatureIndex index;
    private final double[] weights;

    /** @param weights each feature's weight; features absent from it weigh nothing */
    public LinearModel(Map<String, Double> weights) {
        Map<String, Double> sorted = new TreeMap<>(weights);
        this.index = new FeatureIndex(List.copyOf(sorted.keySet()));
        this.weights = sorted.values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * A classifier over a shared index of feature names.
     *
     * @param index   each feature's position in {@code weights}
     * @param weights the weights, 0 for a feature this classifier does not weigh
     */
    LinearModel(FeatureIndex index, double[] weights) {
        this.index = index;
        this.weights = weights;
    }

    /**
     * The positions of features in this model's index (-1 for a feature it does not know), for {@link #probability(int[])}
     * of every classifier that shares the index: a statement's features are then looked up once, not once a classifier.
     */
    public int[] positions(Collection<String> features) {
        int[] positions = new int[features.size()];
        int k = 0;
        for (String feature : features) {
            positions[k++] = index.positionOf(feature);
        }
        return positions;
    }

    /** The position of a feature in this model's index, or -1 when it does not know it. */
    public int positionOf(String feature) {
        return index.positionOf(feature);
    }

    /** Whether this model reads features by the same index as another, so that positions found by one serve both. */
    public boolean sharesIndexWith(LinearModel other) {
        return index == other.index;
    }

    /** The probability of "yes" for a statement whose features are at these positions of the index. */
    public double probability(int[] positions) {
        double sum = 0;
        for (int i : positions) {
            if (i >= 0) {
                sum += weights[i];
            }
        }
        return 1 / (1 + Math.exp(-sum));
    }

    /** The probability of "yes" for a statement with these features. */
    public double probability(Collection<String> features) {
        double sum = 0;
        for (String feature : features) {
            int i = index.positionOf(feature);
            if (i >= 0) {
                sum += weights[i];
            }
        }
        return 1 / (1 + Math.exp(-sum));
    }

    /** The features present that weigh most, for or against, strongest first: what an explanation shows. */
    public List<Contribution> strongest(Collection<String> features, int limit) {
        Comparator<Contribution> order = Comparator.comparingDouble((Contribution c) -> -Math.abs(c.weight())).thenComparing(Contribution::feature);
        List<Contribution> top = new ArrayList<>(limit + 1); // kept sorted: a statement has hundreds of features, an explanation a few
        for (String feature : features) {
            int i = index.positionOf(feature);
            if (i < 0 || weights[i] == 0) {
                continue;
            }
            Contribution c = new Contribution(feature, weights[i]);
            int at = java.util.Collections.binarySearch(top, c, order);
            if (at < 0 && -at - 1 < limit) {
                top.add(-at - 1, c);
                if (top.size() > limit) {
                    top.remove(limit);
                }
            }
        }
        return List.copyOf(top);
    }

    /** The features it weighs (weight not 0) and their weights, sorted by feature. */
    public Map<String, Double> weights() {
        Map<String, Double> sorted = new TreeMap<>();
        index.forEach((feature, i) -> {
            if (weights[i] != 0) {
                sorted.put(feature, weights[i]);
            }
        });
        return sorted;
    }

    /** Its weight of a feature, 0 when it does not weigh it. */
    double weight(String feature) {
        int i = index.positionOf(feature);
        return i < 0 ? 0 : weights[i];
    }

    /** A feature present in a statement and what it added to the score. */
    public record Contribution(String feature, double weight) {
    }
}
