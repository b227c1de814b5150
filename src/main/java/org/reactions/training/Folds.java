package org.reactions.training;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds for choosing costs and bands inside the training data: whole crises go to one fold, so that held-out
 * predictions are made on crises the model has not seen, as in use. With one crisis, documents are dealt out instead.
 */
final class Folds {
    private Folds() {
    }

    /** Each example's fold, from 0. */
    static int[] of(List<Example> examples, int folds) {
        Map<String, Integer> groups = new TreeMap<>();
        examples.forEach(e -> groups.putIfAbsent(e.group(), 0));
        int[] fold = new int[examples.size()];
        if (groups.size() >= 2) {
            int k = Math.min(folds, groups.size());
            int n = 0;
            for (Map.Entry<String, Integer> g : groups.entrySet()) {
                g.setValue(n++ % k);
            }
            for (int i = 0; i < fold.length; i++) {
                fold[i] = groups.get(examples.get(i).group());
            }
            return fold;
        }
        Map<String, Integer> documents = new TreeMap<>();
        examples.forEach(e -> documents.putIfAbsent(e.document(), documents.size() % folds));
        for (int i = 0; i < fold.length; i++) {
            fold[i] = documents.get(examples.get(i).document());
        }
        return fold;
    }
}
