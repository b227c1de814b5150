package org.reactions.entities;

import java.util.Optional;

/** The archive of officials as of one document's date: who a name not in the knowledge base is, that day. */
@FunctionalInterface
interface DatedArchive {
    Optional<Actor> on(String[] words);

    /**
     * Whether the capitalised word that opens the sentence is the first name of the name after it (from j to runEnd,
     * the phrase starting at i), by the archive's full name: a tagger does not take "Thabo" in "Thabo Mbeki urged" for
     * a name, being the sentence's first word.
     */
    default boolean namesFirstWord(SentenceWords w, int i, int j, int runEnd) {
        return i == 1 && j == 1 && w.lexeme(0) == null && w.token(0).isCapitalized() && on(w.words(0, runEnd)).isPresent();
    }
}
