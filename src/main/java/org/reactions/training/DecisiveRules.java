package org.reactions.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.reactions.stance.RuleVote;
import org.reactions.stance.learned.ModelFile;

/**
 * The rules that may decide a label on their own: those whose vote for a label (not aimed at a partner) was right
 * at least 95% of the times they fired in training, and fired often enough for that share to mean something.
 */
final class DecisiveRules {
    static final double PRECISION = 0.95;
    static final int MIN_FIRED = 10;

    private DecisiveRules() {
    }

    static List<ModelFile.DecisiveRule> of(List<Example> examples) {
        Map<String, int[]> counts = new TreeMap<>(); // "rule\tlabel" -> {right, fired}
        for (Example e : examples) {
            for (String key : votes(e)) {
                int[] c = counts.computeIfAbsent(key, k -> new int[2]);
                String label = key.substring(key.indexOf('\t') + 1);
                c[0] += e.labels().stream().anyMatch(l -> l.name().equals(label)) ? 1 : 0;
                c[1]++;
            }
        }
        List<ModelFile.DecisiveRule> rules = new ArrayList<>();
        counts.forEach((key, c) -> {
            if (c[1] >= MIN_FIRED && c[0] >= PRECISION * c[1]) {
                String[] parts = key.split("\t");
                rules.add(new ModelFile.DecisiveRule(parts[0], parts[1], c[0], c[1]));
            }
        });
        return rules;
    }

    /** The distinct rule and label pairs an example's votes give, as "rule\tlabel". */
    private static Set<String> votes(Example e) {
        Set<String> keys = new TreeSet<>();
        for (RuleVote vote : e.observation().rules().votes()) {
            if (!vote.atPartner()) {
                keys.add(vote.rule().name() + "\t" + vote.label());
            }
        }
        return keys;
    }
}
