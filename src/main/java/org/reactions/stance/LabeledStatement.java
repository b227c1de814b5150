package org.reactions.stance;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.reactions.statements.Statement;

/**
 * A statement with its stance.
 *
 * @param statement the statement
 * @param labels    its stance labels, never empty (OTHER when no cue fired)
 * @param evidence  the cues that gave each label, for {@code reactions explain}
 * @param targets   the ISO codes of the countries its stance is aimed at, sorted (see labels.tsv)
 */
public record LabeledStatement(Statement statement, Set<Label> labels, List<String> evidence, List<String> targets) {
    public LabeledStatement {
        labels = java.util.Collections.unmodifiableSet(EnumSet.copyOf(labels));
        evidence = List.copyOf(evidence);
        targets = List.copyOf(targets);
    }

    public String id() {
        return statement.id();
    }

    public String country() {
        return statement.country();
    }

    public LabeledStatement renumbered(int newOrdinal, int sentencesBefore) {
        return new LabeledStatement(statement.renumbered(newOrdinal, sentencesBefore), labels, evidence, targets);
    }
}
