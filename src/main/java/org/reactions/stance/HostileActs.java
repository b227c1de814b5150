package org.reactions.stance;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reactions.knowledge.DataFiles;
import org.reactions.knowledge.DataRow;

/**
 * The words of {@code reactions/lexicon/hostile-acts.tsv}: what names an armed attack, and what stands between an
 * attack and its attacker or victim. {@link DocumentConflict} reads a document with them.
 */
final class HostileActs {
    static final String FILE = "reactions/lexicon/hostile-acts.tsv";

    /** how many words before a victim or agent word an act may stand ("strikes on Iran", "raids carried out by") */
    static final int REACH = 3;

    enum Kind { ACT, REFERENCE, DETERMINER, JOINER, VICTIM, AGENT }

    private final Map<Kind, Set<String>> words = new EnumMap<>(Kind.class);
    private final Map<Kind, List<String>> prefixes = new EnumMap<>(Kind.class); // the entries with a trailing *, without it

    HostileActs(List<DataRow> rows) {
        for (Kind kind : Kind.values()) {
            words.put(kind, new HashSet<>());
        }
        for (DataRow row : rows) {
            Kind kind;
            try {
                kind = Kind.valueOf(row.get(0).toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown kind '" + row.get(0) + "'");
            }
            words.get(kind).add(row.get(1));
        }
        words.forEach((kind, entries) -> prefixes.put(kind,
                entries.stream().filter(e -> e.endsWith("*")).map(e -> e.substring(0, e.length() - 1)).sorted().toList()));
    }

    static HostileActs bundled() {
        return new HostileActs(DataFiles.resource(FILE, 2));
    }

    /** Whether a lower-case word is of a kind (a trailing * in an entry matches any ending). */
    boolean is(Kind kind, String word) {
        if (words.get(kind).contains(word)) {
            return true;
        }
        for (String prefix : prefixes.get(kind)) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an act names an attack within {@link #REACH} words before index {@code end} (exclusive), not counting
     * the actors named on the way ({@code named}) and joiner and agent words: "the attack by the United States and
     * Israel on Iran".
     */
    boolean actBefore(List<String> lower, int end, java.util.function.IntPredicate named) {
        int counted = 0;
        for (int k = end - 1; k >= 0 && counted < REACH; k--) {
            String word = lower.get(k);
            if (is(Kind.ACT, word)) {
                return true;
            }
            if (!named.test(k) && !is(Kind.JOINER, word) && !is(Kind.AGENT, word)) {
                counted++;
            }
        }
        return false;
    }

    /** Whether words refer to an attack named before: a determiner, then within two words an act or reference. */
    boolean refersToAnAttack(List<String> lower) {
        for (int i = 0; i < lower.size(); i++) {
            if (!is(Kind.DETERMINER, lower.get(i))) {
                continue;
            }
            for (int k = i + 1; k <= Math.min(lower.size() - 1, i + 2); k++) {
                if (is(Kind.ACT, lower.get(k)) || is(Kind.REFERENCE, lower.get(k))) {
                    return true;
                }
            }
        }
        return false;
    }
}
