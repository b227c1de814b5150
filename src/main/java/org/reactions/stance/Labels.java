package org.reactions.stance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reactions.knowledge.DataFiles;
import org.reactions.knowledge.DataRow;
import org.reactions.knowledge.KnowledgeException;

/**
 * The stance labels of {@code reactions/lexicon/labels.tsv}, in the file's order (the order of output), each with
 * its {@link LabelDefinition}. Loaded once per run and handed to whatever names or lists labels.
 */
public final class Labels {
    private final List<Label> values;
    private final Map<String, Label> byName = new LinkedHashMap<>();
    private final Label fallback;
    private final List<LabelDefinition> definitions;

    private Labels(List<DataRow> rows) {
        List<Label> labels = new ArrayList<>();
        Label fallbackLabel = null;
        for (DataRow row : rows) {
            String name = row.get(0);
            if (!name.matches("[A-Z][A-Z_]*") || byName.containsKey(name)) {
                throw row.error("a label is a unique upper-case name: '" + name + "'");
            }
            Label label = new Label(name, labels.size(), row.get(3).equals("fallback"));
            labels.add(label);
            byName.put(name, label);
            if (label.isFallback()) {
                fallbackLabel = label;
            }
        }
        if (fallbackLabel == null) {
            throw new KnowledgeException(LabelDefinition.FILE + ": one label must have the summary 'fallback'");
        }
        this.values = List.copyOf(labels);
        this.fallback = fallbackLabel;
        this.definitions = LabelDefinition.of(rows, this);
    }

    /** The bundled labels. */
    public static Labels bundled() {
        return new Labels(DataFiles.resource(LabelDefinition.FILE, LabelDefinition.COLUMNS));
    }

    /** Every label, in the order of labels.tsv. */
    public List<Label> values() {
        return values;
    }

    /** The names of every label, for the tables that name labels (the CAMEO codes'). */
    public Set<String> names() {
        return Set.copyOf(byName.keySet());
    }

    /** The label of that name; IllegalArgumentException for a name labels.tsv does not define. */
    public Label valueOf(String name) {
        Label label = byName.get(name);
        if (label == null) {
            throw new IllegalArgumentException("unknown stance label '" + name + "'");
        }
        return label;
    }

    /** The label of a statement that no cue fits (OTHER in the bundled file). */
    public Label fallback() {
        return fallback;
    }

    /** What labels.tsv says of each label, in label order. */
    public List<LabelDefinition> definitions() {
        return definitions;
    }

    /** What labels.tsv says of a label. */
    public LabelDefinition definition(Label label) {
        return definitions.get(label.ordinal());
    }
}
