package org.reactions.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reactions.knowledge.FunctionWords;
import org.reactions.nlp.Sentence;
import org.reactions.nlp.Work;

/**
 * Keeps a one-word alias of a known person ("Wang" for Wang Yi, "Abbas" for Abbas Araghchi) from claiming a
 * stranger who shares it ("Wang Lei, a shopkeeper", "Karim Abbas said"): the alias stands for the known person
 * only where no other name word stands next to it, or where the document has introduced that person by a longer
 * name. Lives for one document.
 */
final class SharedSurnames {
    private final Set<Actor> introduced = new HashSet<>();
    private final Work work;

    SharedSurnames(Work work) {
        this.work = work;
    }

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
    List<Lexeme> withoutStrangers(Sentence sentence, List<Lexeme> lexemes, boolean[] modelNames, FunctionWords words) {
        if (sentence.heading() || lexemes.stream().noneMatch(this::isAlias)) {
            return lexemes; // a headline capitalises every word: "Araghchi Says Iran Will Respond"
        }
        SentenceWords w = new SentenceWords(sentence, lexemes, modelNames, words, work);
        return lexemes.stream().filter(lexeme -> !isAlias(lexeme) || !besideAName(w, lexemes, lexeme.start())).toList();
    }

    /** A one-word name of known people only, none of whom the document named in full. */
    private boolean isAlias(Lexeme lexeme) {
        if (lexeme.end() - lexeme.start() != 1) {
            return false;
        }
        for (Lexeme.Reading reading : lexeme.readings()) {
            if (!(reading instanceof Lexeme.Known known) || !known.actor().isPerson() || introduced.contains(known.actor())) {
                return false; // also a country, title or something else, or the person the document introduced
            }
        }
        return !lexeme.readings().isEmpty();
    }

    /**
     * Whether a name word stands right before or after k; an honorific ("Mr Putin") is none, nor the end of a title
     * ("Supreme Leader Khamenei" is the known person; "Ambassador Li Wei" still a stranger).
     */
    private static boolean besideAName(SentenceWords w, List<Lexeme> lexemes, int k) {
        boolean title = lexemes.stream().anyMatch(l -> l.end() == k && l.has(Lexeme.TitleWord.class));
        boolean before = k > 0 && w.isNameWord(k - 1) && !w.is(FunctionWords.Set.HONORIFICS, k - 1) && !title;
        return before || (k + 1 < w.size() && w.isNameWord(k + 1));
    }
}
