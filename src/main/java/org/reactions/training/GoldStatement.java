package org.reactions.training;

import java.util.List;
import org.reactions.knowledge.CountryCode;

/**
 * A statement as an annotator wrote it (GUIDELINES.md): where it lies in its document's text, who said it, and its
 * labels and targets.
 *
 * @param start       where its words (an anchor, or the corpus sentence) start in the text
 * @param end         where they end
 * @param speaker     the speaker's canonical name
 * @param speakerType person, institution or state
 * @param country     the speaker's country (ISO 3166-1 alpha-2)
 * @param direct      whether the speaker's words are quoted
 * @param labels      the stance labels, by name
 * @param targets     the countries aimed at, sorted
 */
public record GoldStatement(int start, int end, String speaker, String speakerType, CountryCode country, boolean direct,
                            List<String> labels, List<CountryCode> targets) {
    public GoldStatement {
        labels = List.copyOf(labels);
        targets = List.copyOf(targets);
    }
}
