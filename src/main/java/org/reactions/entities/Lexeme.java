package org.reactions.entities;

import java.util.List;

/**
 * A dictionary match in a sentence: a run of tokens and everything it can mean.
 *
 * @param start    index of its first token
 * @param end      index after its last token
 * @param readings what the words can stand for, most specific first
 */
record Lexeme(int start, int end, List<Reading> readings) {

    /** One meaning of a dictionary phrase. */
    sealed interface Reading permits Known, StateName, Demonym, TitleWord, Kind, Pronoun, NotActor {
    }

    /** A person, institution or outlet of the knowledge base. */
    record Known(Actor actor) implements Reading {
    }

    /** A country's name, alias or metonym. */
    record StateName(Country country) implements Reading {
    }

    /** A country adjective ("Russian"). */
    record Demonym(Country country) implements Reading {
    }

    record TitleWord(Title title) implements Reading {
    }

    record Kind(InstitutionKind kind) implements Reading {
    }

    record Pronoun(Anaphor anaphor) implements Reading {
    }

    /** A capitalised word or name that never speaks (a day, a month, a region). */
    record NotActor() implements Reading {
    }

    <T extends Reading> T find(Class<T> type) {
        for (Reading reading : readings) {
            if (type.isInstance(reading)) {
                return type.cast(reading);
            }
        }
        return null;
    }

    boolean has(Class<? extends Reading> type) {
        return find(type) != null;
    }
}
