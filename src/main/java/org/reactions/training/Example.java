package org.reactions.training;

import java.util.Set;
import org.reactions.knowledge.CountryCode;
import org.reactions.stance.Label;
import org.reactions.stance.StanceObservation;

/**
 * An annotated statement as the stance model reads it, with its gold answer.
 *
 * @param group       its crisis
 * @param document    the document it comes from
 * @param observation what the stance stage reads in it
 * @param labels      the gold labels
 * @param targets     the gold targets
 * @param found       whether the statement stage found it (else the statement was made from the annotation)
 */
public record Example(String group, String document, StanceObservation observation, Set<Label> labels, Set<CountryCode> targets, boolean found) {
    public Example {
        labels = Set.copyOf(labels);
        targets = Set.copyOf(targets);
    }
}
