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
 * @param evidence  the cues that gave each label, for {@code reactions explain}
 * @param labelTargets for each of its labels, the ISO codes of the countries it is aimed at, sorted (labels.tsv)
 */
public record LabeledStatement(Statement statement, Set<Label> labels, List<String> evidence, Map<Label, List<CountryCode>> labelTargets) {
    /** how an evidence line about targets begins; {@link #targetEvidence} and {@link #labelEvidence} split by it */
    public static final String TARGETS = "targets: ";

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
    public List<String> labelEvidence() {
        return evidence.stream().filter(line -> !line.startsWith(TARGETS)).toList();
    }

    /** Why it has the targets it has. */
    public List<String> targetEvidence() {
        return evidence.stream().filter(line -> line.startsWith(TARGETS)).map(line -> line.substring(TARGETS.length())).toList();
    }

    public String id() {
        return statement.id();
    }

    public CountryCode country() {
        return statement.country();
    }

    /**
     * Evidence written only when it is read: only {@code explain} reads it, and writing what a model weighed for each
     * label of each statement would cost a run as much as deciding them.
     */
    public static List<String> lazily(java.util.function.Supplier<List<String>> lines) {
        return LazyList.of(lines);
    }

    /** The same statement with its sentence counted from the start of a longer document that it is part of. */
    public LabeledStatement inLongerDocument(int sentencesBefore) {
        return new LabeledStatement(statement.inLongerDocument(sentencesBefore), labels, evidence, labelTargets);
    }
}
