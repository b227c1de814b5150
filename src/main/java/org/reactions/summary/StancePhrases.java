package org.reactions.summary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reactions.knowledge.DataFiles;
import org.reactions.knowledge.DataRow;
import org.reactions.stance.Label;

/** Builds a country's one-line stance from its label counts, with the phrases of {@code stance-phrases.tsv}. */
public final class StancePhrases {
    public static final String FILE = "reactions/lexicon/stance-phrases.tsv";

    private final Map<Label, String> phrases = new EnumMap<>(Label.class);

    private StancePhrases(List<DataRow> rows) {
        for (DataRow row : rows) {
            Label label;
            try {
                label = Label.valueOf(row.get(0));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown label '" + row.get(0) + "'");
            }
            phrases.put(label, row.get(1));
        }
        for (Label label : Label.values()) {
            if (!phrases.containsKey(label)) {
                throw new org.reactions.knowledge.KnowledgeException(FILE + ": no phrase for " + label);
            }
        }
    }

    public static StancePhrases bundled() {
        return new StancePhrases(DataFiles.resource(FILE, 2));
    }

    public String phrase(Label label) {
        return phrases.get(label);
    }

    /**
     * "Condemns the strikes and warns of escalation; says no military help is owed or given.": the labels most statements
     * carry (at most three, OTHER only when nothing else), most frequent first, ties in label order.
     */
    public String sentence(Map<Label, Integer> counts) {
        List<Label> ranked = new ArrayList<>();
        for (Label label : Label.values()) {
            if (label != Label.OTHER && counts.getOrDefault(label, 0) > 0) {
                ranked.add(label);
            }
        }
        ranked.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));
        if (ranked.isEmpty()) {
            return counts.getOrDefault(Label.OTHER, 0) > 0 ? capitalize(phrases.get(Label.OTHER)) + "." : "No statements found.";
        }
        StringBuilder b = new StringBuilder(phrases.get(ranked.get(0)));
        if (ranked.size() > 1) {
            b.append(" and ").append(phrases.get(ranked.get(1)));
        }
        if (ranked.size() > 2) {
            b.append("; ").append(phrases.get(ranked.get(2)));
        }
        return capitalize(b.toString()) + ".";
    }

    private static String capitalize(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
