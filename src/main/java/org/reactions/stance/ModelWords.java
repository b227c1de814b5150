package org.reactions.stance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.reactions.knowledge.DataFiles;
import org.reactions.knowledge.DataRow;

/** Word classes the learned stance model reads as one feature each ({@code reactions/lexicon/model-words.tsv}). */
final class ModelWords {
    static final String FILE = "reactions/lexicon/model-words.tsv";

    /** The classes of model-words.tsv. */
    enum WordClass { MODAL, FIRST_PERSON, ALL_PARTIES, BOTH_PARTIES, BACK_REFERENCE }

    private final Map<WordClass, List<List<String>>> phrases = new EnumMap<>(WordClass.class);

    ModelWords(List<DataRow> rows) {
        for (DataRow row : rows) {
            WordClass kind;
            try {
                kind = WordClass.valueOf(row.get(0).toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown word class '" + row.get(0) + "'");
            }
            phrases.computeIfAbsent(kind, k -> new ArrayList<>()).add(List.of(row.get(1).split(" ")));
        }
    }

    static ModelWords bundled() {
        return new ModelWords(DataFiles.resource(FILE, 2));
    }

    /** The end (exclusive) of the longest phrase of a class that starts at word i, or -1. */
    int matchAt(WordClass kind, List<String> words, int i) {
        int best = -1;
        for (List<String> phrase : phrases.getOrDefault(kind, List.of())) {
            int end = i + phrase.size();
            if (end > best && end <= words.size() && words.subList(i, end).equals(phrase)) {
                best = end;
            }
        }
        return best;
    }

    /** Whether a phrase of a class occurs anywhere in the words. */
    boolean occursIn(WordClass kind, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (matchAt(kind, words, i) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The phrases of a class, for the test that every entry is well-formed and used. */
    List<List<String>> phrases(WordClass kind) {
        return phrases.getOrDefault(kind, List.of());
    }
}
