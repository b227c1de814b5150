package org.reactions.summary;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reactions.entities.Actor;
import org.reactions.knowledge.CountryCode;
import org.reactions.stance.Label;
import org.reactions.stance.LabeledStatement;

/**
 * What a summary counts of one statement, as plain data that travels between machines (a Spark job's executors
 * count it once the run's claims are known): its country, labels and their targets, its speaker and its highlight.
 *
 * @param country      the speaker's country
 * @param labels       its stance labels
 * @param labelTargets for each label, the countries it is aimed at
 * @param speaker      name, role and type label of the speaker
 * @param highlight    how a summary would quote it
 */
public record CountedStatement(CountryCode country, List<Label> labels, Map<Label, List<CountryCode>> labelTargets, List<String> speaker,
                               Highlight highlight) implements Serializable {
    private static final long serialVersionUID = 1L;

    public CountedStatement {
        labels = List.copyOf(labels);
        Map<Label, List<CountryCode>> copy = new LinkedHashMap<>();
        labelTargets.forEach((label, targets) -> copy.put(label, List.copyOf(targets)));
        labelTargets = java.util.Collections.unmodifiableMap(copy);
        speaker = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(speaker)); // a role may be null
    }

    /** The counted part of a statement of the document at {@code documentIndex} in the run. */
    public static CountedStatement of(LabeledStatement s, int documentIndex) {
        Actor speaker = s.statement().speaker();
        return new CountedStatement(s.country(), List.copyOf(s.labels()), s.labelTargets(),
                java.util.Arrays.asList(speaker.name(), speaker.role(), speaker.type().label()), Highlight.of(s, documentIndex));
    }
}
