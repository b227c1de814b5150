package org.reactions.entities;

import java.util.List;

/**
 * The actor mentions of a document, sentence by sentence (index = sentence index), and the words of each sentence
 * that name or stand for a country ({@link CountryWord}).
 */
public record DocumentEntities(List<List<Mention>> mentions, List<List<CountryWord>> countryWords) {
    public DocumentEntities {
        mentions = mentions.stream().map(List::copyOf).toList();
        countryWords = countryWords.stream().map(List::copyOf).toList();
    }

    public List<Mention> inSentence(int sentence) {
        return mentions.get(sentence);
    }

    public List<CountryWord> countryWordsIn(int sentence) {
        return countryWords.get(sentence);
    }
}
