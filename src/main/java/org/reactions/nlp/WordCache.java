package org.reactions.nlp;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Answers that depend on a word alone, kept for one worker: words recur, and an archive holds endless words, so
 * the cache starts again when full. Not thread-safe.
 */
final class WordCache<V> {
    /** words kept before the cache starts again */
    static final int LIMIT = 20_000;

    private final Map<String, V> answers = new HashMap<>();
    private final Function<String, V> answer;

    WordCache(Function<String, V> answer) {
        this.answer = answer;
    }

    V get(String word) {
        V known = answers.get(word);
        if (known == null) {
            if (answers.size() >= LIMIT) {
                answers.clear();
            }
            known = answer.apply(word);
            answers.put(word, known);
        }
        return known;
    }
}
