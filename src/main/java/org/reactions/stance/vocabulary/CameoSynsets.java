package org.reactions.stance.vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reactions.knowledge.DataFiles;
import org.reactions.knowledge.DataRow;

/** The synonym sets that CAMEO patterns name with {@code &set} ({@code reactions/lexicon/cameo-synsets.tsv}). */
final class CameoSynsets {
    static final String FILE = "reactions/lexicon/cameo-synsets.tsv";

    /** phrases (as word arrays) by set, then by first word */
    private final Map<String, Map<String, List<String[]>>> bySet = new HashMap<>();

    private CameoSynsets(List<DataRow> rows) {
        for (DataRow row : rows) {
            String[] words = row.get(1).split(" ");
            bySet.computeIfAbsent(row.get(0), k -> new HashMap<>())
                    .computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
    }

    static CameoSynsets bundled() {
        return new CameoSynsets(DataFiles.resource(FILE, 3));
    }

    boolean has(String set) {
        return bySet.containsKey(set);
    }

    /** The end (exclusive) of the longest phrase of the set that starts at {@code from}, or -1. */
    int matchAt(String set, List<String> words, int from, int limit) {
        List<String[]> phrases = bySet.getOrDefault(set, Map.of()).getOrDefault(words.get(from), List.of());
        int best = -1;
        for (String[] phrase : phrases) {
            int end = from + phrase.length;
            if (end > limit || end <= best) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < phrase.length && all; k++) {
                all = phrase[k].equals(words.get(from + k));
            }
            if (all) {
                best = end;
            }
        }
        return best;
    }
}
