package org.reactions.stance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reactions.knowledge.DataFiles;
import org.reactions.knowledge.DataRow;

/**
 * Word classes the learned stance model reads as one feature each ({@code reactions/lexicon/model-words.tsv}).
 * Phrases are indexed by their first word, so that finding every class in a statement is one pass over its words.
 */
final class ModelWords {
    static final String FILE = "reactions/lexicon/model-words.tsv";

    /** The classes of model-words.tsv. */
    enum WordClass { MODAL, FIRST_PERSON, ALL_PARTIES, BOTH_PARTIES, BACK_REFERENCE }

    /** A phrase of a class. */
    private record Phrase(WordClass kind, List<String> words) {
    }

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();

    ModelWords(List<DataRow> rows) {
        for (DataRow row : rows) {
            WordClass kind;
            try {
                kind = WordClass.valueOf(row.get(0).toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown word class '" + row.get(0) + "'");
            }
            List<String> words = List.of(row.get(1).split(" "));
            byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Phrase(kind, words));
        }
    }

    static ModelWords bundled() {
        return new ModelWords(DataFiles.resource(FILE, 2));
    }

    /** Whether a phrase of a class starts at word i. */
    boolean startsAt(WordClass kind, List<String> words, int i) {
        for (Phrase phrase : byFirstWord.getOrDefault(words.get(i), List.of())) {
            int end = i + phrase.words().size();
            if (phrase.kind() == kind && end <= words.size() && words.subList(i, end).equals(phrase.words())) {
                return true;
            }
        }
        return false;
    }

    /** The classes that occur in the words, in one pass. */
    Set<WordClass> classesIn(List<String> words) {
        Set<WordClass> found = EnumSet.noneOf(WordClass.class);
        for (int i = 0; i < words.size(); i++) {
            for (Phrase phrase : byFirstWord.getOrDefault(words.get(i), List.of())) {
                int end = i + phrase.words().size();
                if (end <= words.size() && words.subList(i, end).equals(phrase.words())) {
                    found.add(phrase.kind());
                }
            }
        }
        return found;
    }
}
