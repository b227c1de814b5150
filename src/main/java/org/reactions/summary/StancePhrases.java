package org.reactions.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.reactions.knowledge.CountryCode;
import org.reactions.knowledge.DataFiles;
import org.reactions.knowledge.DataRow;
import org.reactions.stance.Label;
import org.reactions.stance.LabelDefinition;
import org.reactions.stance.Labels;

/**
 * Builds a country's one-line stance from its label counts and their targets, with the wording of
 * {@code labels.tsv}: "Condemns the United States and Israel; calls for de-escalation and dialogue."
 */
public final class StancePhrases {
    /** the most targets a phrase names */
    private static final int NAMED_TARGETS = 3;
    /** a label or a target is mentioned when it has at least this share of the statements it is counted among */
    private static final double SHARE = 0.25;

    /** words that make a country's name take "the" in running text */
    public static final String DEFINITE_NAMES = "reactions/lexicon/definite-names.tsv";

    private final Labels labels;
    private final Map<Label, LabelDefinition> definitions = new TreeMap<>();
    private final Set<String> definiteWords = new HashSet<>();

    private StancePhrases(Labels labels, List<DataRow> definiteNames) {
        this.labels = labels;
        labels.definitions().forEach(d -> this.definitions.put(d.label(), d));
        definiteNames.forEach(row -> definiteWords.add(row.get(0)));
    }

    /** The phrases of these labels (labels.tsv), with the bundled definite names. */
    public static StancePhrases of(Labels labels) {
        return new StancePhrases(labels, DataFiles.resource(DEFINITE_NAMES, 1));
    }

    /** The labels it words, in label order. */
    public List<Label> labels() {
        return labels.values();
    }

    /** A country's name as running text has it: "the United States", "Russia". */
    String inText(String name) {
        boolean definite = Arrays.stream(name.split("[ ()]+")).anyMatch(definiteWords::contains);
        return definite && !name.startsWith("the ") ? "the " + name : name;
    }

    public String phrase(Label label) {
        return definitions.get(label).phrase();
    }

    /**
     * The stance line of a country with {@code statements} statements (in the unit its label counts are counted in:
     * claims, or reports). It names every label its statements carry, most frequent first (ties in label order), in
     * two parts: first its main stance, the labels that at least a quarter of them carry, its most frequent label and
     * labels marked 'any' in labels.tsv (the fallback label only when nothing else is there); then, after "Also", the
     * rest, without their targets. So a label is on the line exactly when a statement carries it: removing a statement never adds one, and
     * a reprint, counted as the same claim, changes nothing. Each label of the main stance names its targets that at
     * least a quarter of its statements are aimed at.
     */
    public String sentence(int statements, Map<Label, Integer> counts, Map<Label, Map<CountryCode, Integer>> targets,
                           Function<CountryCode, String> countryNames) {
        List<Label> present = new ArrayList<>();
        for (Label label : labels.values()) {
            if (counts.getOrDefault(label, 0) > 0) {
                present.add(label);
            }
        }
        if (present.isEmpty()) {
            return "No statements found.";
        }
        present.sort(Comparator.comparingInt((Label l) -> counts.get(l)).reversed());
        List<Label> stanceLabels = present.stream().filter(l -> !l.isFallback()).toList();
        List<Label> main = stanceLabels.isEmpty() ? present : stanceLabels.stream().filter(l -> l == stanceLabels.get(0)
                || definitions.get(l).summary() == LabelDefinition.Summary.ANY || counts.get(l) >= SHARE * statements).toList();
        List<Label> also = present.stream().filter(l -> !main.contains(l)).toList();
        List<String> mainPhrases = main.stream()
                .map(l -> phrase(l, counts.get(l), targets.getOrDefault(l, Map.of()), countryNames)).toList();
        String line = capitalize(String.join("; ", mainPhrases)) + ".";
        // the rest without targets: a label few claims carry names too few of them to say whom it is aimed at
        return also.isEmpty() ? line : line + " Also " + String.join("; ", also.stream().map(this::phrase).toList()) + ".";
    }

    private String phrase(Label label, int count, Map<CountryCode, Integer> targets, Function<CountryCode, String> countryNames) {
        LabelDefinition definition = definitions.get(label);
        List<String> named = targets.entrySet().stream()
                .filter(e -> e.getValue() >= Math.max(1, SHARE * count))
                .sorted(Map.Entry.<CountryCode, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(NAMED_TARGETS)
                .map(e -> inText(countryNames.apply(e.getKey())))
                .toList();
        if (named.isEmpty() || definition.targeted() == null) {
            return definition.phrase();
        }
        String list = named.size() == 1 ? named.get(0)
                : String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
        return definition.targeted().replace(LabelDefinition.TARGETS, list);
    }

    private static String capitalize(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
