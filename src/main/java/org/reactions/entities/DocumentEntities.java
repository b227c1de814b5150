package org.reactions.entities;

import java.util.List;
import java.util.Map;

/**
 * The actor mentions of a document, sentence by sentence (index = sentence index), the words of each sentence
 * that name or stand for a country ({@link CountryWord}), and the sex the document tells of the persons it names.
 */
public record DocumentEntities(List<List<Mention>> mentions, List<List<CountryWord>> countryWords, Map<Actor, Gender> genders) {
    public DocumentEntities {
        mentions = mentions.stream().map(List::copyOf).toList();
        countryWords = countryWords.stream().map(List::copyOf).toList();
        genders = Map.copyOf(genders);
    }

    public List<Mention> inSentence(int sentence) {
        return mentions.get(sentence);
    }

    public List<CountryWord> countryWordsIn(int sentence) {
        return countryWords.get(sentence);
    }

    /** The sex the document tells of a person it names (by a given name, a title or "Mr"), or UNKNOWN. */
    public Gender genderOf(Actor actor) {
        return genders.getOrDefault(actor, Gender.UNKNOWN);
    }

    /**
     * Whether an anaphor of this document can stand for an actor mentioned earlier (as a group when {@code groupMention}):
     * its kind, number, role and country ({@link Anaphor#accepts}), and no other sex than the document tells of the actor.
     */
    public boolean couldMean(Anaphor anaphor, Actor actor, boolean groupMention) {
        return anaphor.accepts(actor, groupMention) && anaphor.gender().fits(genderOf(actor));
    }
}
