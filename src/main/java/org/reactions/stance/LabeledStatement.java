package org.reactions.stance;

import java.util.List;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.Map;
import java.util.Set;
import org.reactions.knowledge.CountryCode;
import org.reactions.statements.Statement;

/**
 * A statement with its stance.
 *
 * @param statement the statement
 * @param labels    its stance labels, never empty (OTHER when no cue fired)
 * @param evidence  why it has its labels and targets, for {@code reactions explain}
 * @param labelTargets for each of its labels, the ISO codes of the countries it is aimed at, sorted (labels.tsv)
 */
public record LabeledStatement(Statement statement, Set<Label> labels, List<StanceReason> evidence, Map<Label, List<CountryCode>> labelTargets) {
    public LabeledStatement {
        labels = java.util.Collections.unmodifiableSet(new TreeSet<>(labels));
        evidence = LazyList.kept(evidence);
        Map<Label, List<CountryCode>> copy = new TreeMap<>();
        labelTargets.forEach((label, targets) -> copy.put(label, List.copyOf(targets)));
        labelTargets = java.util.Collections.unmodifiableMap(copy);
    }

    /** The countries its stance is aimed at, over all its labels, sorted. */
    public List<CountryCode> targets() {
        return labelTargets.values().stream().flatMap(List::stream).distinct().sorted().toList();
    }

    /** The evidence of its labels (not of its targets). */
    public List<StanceReason> labelEvidence() {
        return evidence.stream().filter(reason -> !(reason instanceof StanceReason.TargetReason)).toList();
    }

    /** Why it has the targets it has. */
    public List<StanceReason.TargetReason> targetEvidence() {
        return evidence.stream().filter(StanceReason.TargetReason.class::isInstance).map(StanceReason.TargetReason.class::cast).toList();
    }

    public String id() {
        return statement.id();
    }

    public CountryCode country() {
        return statement.country();
    }

    /**
     * Evidence made only when it is read: only {@code explain} reads it, and finding what a model weighed most for
     * each label of each statement would cost a run as much as deciding them.
     */
    public static List<StanceReason> lazily(java.util.function.Supplier<List<StanceReason>> reasons) {
        return LazyList.of(reasons);
    }

    /** The same statement with its sentence counted from the start of a longer document that it is part of. */
    public LabeledStatement inLongerDocument(int sentencesBefore) {
        return new LabeledStatement(statement.inLongerDocument(sentencesBefore), labels, evidence, labelTargets);
    }
}
