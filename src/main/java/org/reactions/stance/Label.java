package org.reactions.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reactions.knowledge.DataFiles;
import org.reactions.knowledge.DataRow;
import org.reactions.knowledge.KnowledgeException;

/**
 * A stance label. Which labels there are, their order (the order of output) and what each means are data:
 * {@code reactions/lexicon/labels.tsv} ({@link LabelDefinition}), so adding a label is a row there, its cues and
 * its definition in the guidelines, no code. The constants below name the bundled labels for callers and tests
 * that speak of one; no rule of the stance stage depends on them, and the label of a statement no cue fits is
 * the file's fallback row ({@link #fallback()}).
 */
public final class Label implements Comparable<Label>, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private static final List<Label> VALUES = new ArrayList<>();
    private static final Map<String, Label> BY_NAME = new HashMap<>();
    private static Label fallback;

    static {
        for (DataRow row : DataFiles.resource(LabelDefinition.FILE, LabelDefinition.COLUMNS)) {
            String name = row.get(0);
            if (!name.matches("[A-Z][A-Z_]*") || BY_NAME.containsKey(name)) {
                throw row.error("a label is a unique upper-case name: '" + name + "'");
            }
            Label label = new Label(name, VALUES.size());
            VALUES.add(label);
            BY_NAME.put(name, label);
            if (row.get(3).equals("fallback")) {
                fallback = label;
            }
        }
        if (fallback == null) {
            throw new KnowledgeException(LabelDefinition.FILE + ": one label must have the summary 'fallback'");
        }
    }

    public static final Label CONDEMNATION = valueOf("CONDEMNATION");
    public static final Label DE_ESCALATION = valueOf("DE_ESCALATION");
    public static final Label WARNING = valueOf("WARNING");
    public static final Label SOLIDARITY = valueOf("SOLIDARITY");
    public static final Label NON_INTERVENTION = valueOf("NON_INTERVENTION");
    public static final Label GRIEVANCE = valueOf("GRIEVANCE");
    public static final Label OTHER = valueOf("OTHER");

    private final String name;
    private final int ordinal;

    private Label(String name, int ordinal) {
        this.name = name;
        this.ordinal = ordinal;
    }

    /** Every label, in the order of labels.tsv. */
    public static Label[] values() {
        return VALUES.toArray(new Label[0]);
    }

    /** The names of every label, for the tables that name labels (the CAMEO codes'). */
    public static Set<String> names() {
        return Set.copyOf(BY_NAME.keySet());
    }

    /** The label of that name; IllegalArgumentException for a name labels.tsv does not define. */
    public static Label valueOf(String name) {
        Label label = BY_NAME.get(name);
        if (label == null) {
            throw new IllegalArgumentException("unknown stance label '" + name + "'");
        }
        return label;
    }

    /** The label of a statement that no cue fits (OTHER in the bundled file). */
    public static Label fallback() {
        return fallback;
    }

    public String name() {
        return name;
    }

    /** Its position in labels.tsv, from 0. */
    public int ordinal() {
        return ordinal;
    }

    @Override
    public int compareTo(Label other) {
        return Integer.compare(ordinal, other.ordinal);
    }

    @Override
    public String toString() {
        return name;
    }

    /** A label read back (a Spark accumulator from another machine) is this JVM's label of the same name. */
    private Object readResolve() {
        return valueOf(name);
    }
}
