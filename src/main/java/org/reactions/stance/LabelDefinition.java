package org.reactions.stance;

import java.util.ArrayList;
import java.util.List;
import org.reactions.knowledge.CountryCode;
import org.reactions.knowledge.DataRow;

/**
 * What {@code reactions/lexicon/labels.tsv} says of a label: which countries it is aimed at, what it becomes when
 * aimed only at partners, and how a country's summary words it.
 *
 * @param label         the label
 * @param target        how its targets are found
 * @param towardPartner the label it becomes when all its targets are partners of the speaker, or null
 * @param summary       when a country's stance line mentions it
 * @param phrase        the summary's words for it
 * @param targeted      the same with its targets named in place of {@code {targets}}, or null
 * @param hintedWhen    when a verb whose CAMEO code hints at this label gives it
 * @param evaluation    which evaluative words give this label (negative or positive), or null
 * @param definition    what it means, as the annotation guidelines define it
 */
public record LabelDefinition(Label label, TargetRule target, Label towardPartner, Summary summary, String phrase,
                              String targeted, Relation hintedWhen, Evaluation evaluation, String definition) {
    public static final String FILE = "reactions/lexicon/labels.tsv";
    /** where a targeted phrase names the targets */
    public static final String TARGETS = "{targets}";
    /** how many columns labels.tsv has */
    static final int COLUMNS = 9;

    /** How a label's targets are found; see labels.tsv. */
    public enum TargetRule {
        ACCUSED("the countries named, except those attacked; else the attackers of an attack referred to"),
        URGED("the countries named, except those named only as attacked"),
        NAMED("the countries named"),
        NAMED_OR_ATTACKED("the countries named; when none is, those attacked in the document"),
        PARTNERS("the partners of the speaker's country that are named"),
        NONE("no target");

        private final String description;

        TargetRule(String description) {
            this.description = description;
        }

        /** What the rule takes, as labels.tsv says it, for explanations. */
        public String description() {
            return description;
        }

        /** Its name in labels.tsv ("named-or-attacked"). */
        public String fileName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** When a hinted label holds; see labels.tsv. */
    public enum Relation { NEGATED, PARTNER, NEVER }

    /** Which evaluative words give a label; see labels.tsv. */
    public enum Evaluation { NEGATIVE, POSITIVE }

    /** When a country's stance line mentions a label; see labels.tsv. */
    public enum Summary { SHARE, ANY, FALLBACK }

    /**
     * Why a statement with this label has these targets, or nothing for a label that takes no target and has none.
     *
     * @param withoutPartners whether the partners of the speaker's country were left out
     */
    public java.util.Optional<StanceReason.LabelTargets> targetReason(List<CountryCode> countries, boolean withoutPartners) {
        if (countries.isEmpty() && target == TargetRule.NONE) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new StanceReason.LabelTargets(label, countries, target, withoutPartners));
    }

    /** The definitions of every label, in label order, from the rows of labels.tsv the labels were read from. */
    static List<LabelDefinition> of(List<DataRow> rows, Labels labels) {
        List<LabelDefinition> definitions = new ArrayList<>();
        for (DataRow row : rows) {
            Label label = label(row, row.get(0), labels);
            String targeted = row.optional(5);
            if (targeted != null && !targeted.contains(TARGETS)) {
                throw row.error("the targeted phrase must hold " + TARGETS);
            }
            definitions.add(new LabelDefinition(label, rule(row), row.optional(2) == null ? null : label(row, row.get(2), labels),
                    choice(row, 3, Summary.class), row.get(4), targeted,
                    row.optional(6) == null ? Relation.NEVER : choice(row, 6, Relation.class),
                    row.optional(7) == null ? null : choice(row, 7, Evaluation.class), row.get(8)));
        }
        return List.copyOf(definitions);
    }

    private static Label label(DataRow row, String name, Labels labels) {
        try {
            return labels.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw row.error("unknown label '" + name + "'");
        }
    }

    private static TargetRule rule(DataRow row) {
        return choice(row, 1, TargetRule.class);
    }

    private static <E extends Enum<E>> E choice(DataRow row, int column, Class<E> type) {
        String value = row.get(column).toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw row.error("unknown value '" + row.get(column) + "' in column " + (column + 1));
        }
    }
}
