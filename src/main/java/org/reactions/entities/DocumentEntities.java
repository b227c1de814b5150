package org.reactions.entities;

import java.util.List;

/** The actor mentions of a document, sentence by sentence (index = sentence index). */
public record DocumentEntities(List<List<Mention>> mentions) {
    public DocumentEntities {
        mentions = mentions.stream().map(List::copyOf).toList();
    }

    public List<Mention> inSentence(int sentence) {
        return mentions.get(sentence);
    }
}
