package org.reactions.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps a one-word alias of a known person ("Wang" for Wang Yi, "Abbas" for Abbas Araghchi) from claiming a
 * stranger who shares it ("Wang Lei, a shopkeeper", "Karim Abbas said"): the alias stands for the known person
 * only where no other name word stands next to it, or where the document has introduced that person by a longer
 * name. Lives for one document.
 */
final class SharedSurnames {
    private final Set<Actor> introduced = new HashSet<>();

    /** Remembers the people the document names by more than one word, in any sentence. */
    void introduce(List<Lexeme> lexemes) {
        for (Lexeme lexeme : lexemes) {
            if (lexeme.end() - lexeme.start() > 1) {
                for (Lexeme.Reading reading : lexeme.readings()) {
                    if (reading instanceof Lexeme.Known known && known.actor().isPerson()) {
                        introduced.add(known.actor());
                    }
                }
            }
        }
    }

    /** The matches of a sentence without the one-word aliases that stand inside a stranger's name. */
    List<Lexeme> withoutStrangers(SentenceWords w, List<Lexeme> lexemes) {
        return lexemes.stream().filter(lexeme -> !isStranger(w, lexeme)).toList();
    }

    private boolean isStranger(SentenceWords w, Lexeme lexeme) {
        if (lexeme.end() - lexeme.start() != 1 || w.isHeading()) {
            return false; // a headline capitalises every word: "Araghchi Says Iran Will Respond"
        }
        boolean knownPerson = false;
        for (Lexeme.Reading reading : lexeme.readings()) {
            if (!(reading instanceof Lexeme.Known known) || !known.actor().isPerson()) {
                return false; // also a country, title or something else: not a surname alias
            }
            if (introduced.contains(known.actor())) {
                return false;
            }
            knownPerson = true;
        }
        int k = lexeme.start();
        return knownPerson && ((k > 0 && w.isNameWord(k - 1)) || (k + 1 < w.size() && w.isNameWord(k + 1)));
    }
}
