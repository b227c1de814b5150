package org.reactions.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.reactions.knowledge.CountryCode;
import org.reactions.stance.learned.LinearModel;

/** The target scorer sums what the target classifier sums over a candidate's features with its statement's labels. */
class TargetScorerTest {
    @Test
    void itScoresAsTheClassifierDoesOnTheFeaturesWithLabels() {
        Random random = new Random(7);
        List<String> base = List.of("src=named", "p1=on", "p1=&", "struck", "rel=partner", "first", "n1=$", "conf=attacked");
        Map<String, Double> weights = new TreeMap<>();
        weights.put(StanceObservation.BIAS, -0.7);
        for (Label label : BundledLabels.LABELS.values()) {
            weights.put("lab=" + label, random.nextGaussian());
            for (String feature : base) {
                if (random.nextBoolean()) {
                    weights.put(label + "&" + feature, random.nextGaussian());
                }
            }
        }
        base.forEach(feature -> weights.put(feature, random.nextGaussian()));
        LinearModel model = new LinearModel(weights);
        TargetScorer scorer = new TargetScorer(model, BundledLabels.LABELS);
        for (int trial = 0; trial < 2000; trial++) {
            List<String> features = new ArrayList<>(base.stream().filter(f -> random.nextBoolean()).toList());
            features.add("unknown=" + trial);
            Set<Label> labels = new TreeSet<>();
            for (Label label : BundledLabels.LABELS.values()) {
                if (random.nextInt(3) == 0) {
                    labels.add(label);
                }
            }
            TargetCandidate candidate = new TargetCandidate(CountryCode.of("XX"), features, false, false, null);
            assertEquals(model.probability(candidate.featuresWith(labels)), scorer.probability(candidate, labels), 1e-12, features + " " + labels);
        }
    }
}
