package org.reactions.stance;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.reactions.knowledge.CountryCode;

/**
 * What the stance rules read in a statement: their labels (the fallback label when no rule fired) and targets, the
 * votes behind them, and the evidence an explanation shows.
 */
public record RuleReading(Set<Label> labels, Map<Label, List<CountryCode>> labelTargets, List<RuleVote> votes,
                          List<StanceReason.RuleReason> evidence) {
    public RuleReading {
        labels = Collections.unmodifiableSet(new TreeSet<>(labels));
        labelTargets = Collections.unmodifiableMap(new TreeMap<>(labelTargets));
        votes = List.copyOf(votes);
        evidence = List.copyOf(evidence);
    }
}
