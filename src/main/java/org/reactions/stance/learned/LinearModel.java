package org.reactions.stance.learned;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
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
    private final Map<String, Integer> index;
    private final double[] weights;

    /** @param weights each feature's weight; features absent from it weigh nothing */
    public LinearModel(Map<String, Double> weights) {
        this.index = new HashMap<>();
        this.weights = new double[weights.size()];
        int i = 0;
        for (Map.Entry<String, Double> w : new TreeMap<>(weights).entrySet()) {
            index.put(w.getKey(), i);
            this.weights[i++] = w.getValue();
        }
    }

    /**
     * A classifier over a shared index of feature names.
     *
     * @param index   each feature's position in {@code weights}
     * @param weights the weights, 0 for a feature this classifier does not weigh
     */
    LinearModel(Map<String, Integer> index, double[] weights) {
        this.index = index;
        this.weights = weights;
    }

    /** The probability of "yes" for a statement with these features. */
    public double probability(Collection<String> features) {
        double sum = 0;
        for (String feature : features) {
            Integer i = index.get(feature);
            if (i != null) {
                sum += weights[i];
            }
        }
        return 1 / (1 + Math.exp(-sum));
    }

    /** The features present that weigh most, for or against, strongest first: what an explanation shows. */
    public List<Contribution> strongest(Collection<String> features, int limit) {
        Map<String, Double> present = new TreeMap<>();
        for (String feature : features) {
            Integer i = index.get(feature);
            if (i != null && weights[i] != 0) {
                present.merge(feature, weights[i], Double::sum);
            }
        }
        List<Contribution> all = new ArrayList<>();
        present.forEach((feature, w) -> all.add(new Contribution(feature, w)));
        all.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.weight())).thenComparing(Contribution::feature));
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
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
        Integer i = index.get(feature);
        return i == null ? 0 : weights[i];
    }

    /** A feature present in a statement and what it added to the score. */
    public record Contribution(String feature, double weight) {
    }
}
