package org.reactions.stance.vocabulary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reactions.knowledge.DataFiles;
import org.reactions.knowledge.DataRow;

/**
 * The labels of CAMEO codes ({@code reactions/lexicon/cameo-labels.tsv}), looked up by longest prefix. Labels are
 * named here, not typed: the stance stage, which defines them, checks the names when it loads the table.
 */
public final class CameoCodes {
    public static final String FILE = "reactions/lexicon/cameo-labels.tsv";

    /**
     * One row of the table.
     *
     * @param label the name of the label the code gives its doer's stance, or null for none
     * @param hint  the name of the label it points to when a relation holds (partner, negation), or null
     */
    public record CodeLabel(String prefix, String label, String hint, String name) {
    }

    private final Map<String, CodeLabel> byPrefix = new HashMap<>();

    private CameoCodes(List<DataRow> rows, Set<String> labels) {
        for (DataRow row : rows) {
            if (!row.get(0).matches("[0-9]{2,4}")) {
                throw row.error("a CAMEO code prefix has two to four digits, found '" + row.get(0) + "'");
            }
            CodeLabel entry = new CodeLabel(row.get(0), label(row, 1, labels), label(row, 2, labels), row.get(3));
            if (byPrefix.put(entry.prefix(), entry) != null) {
                throw row.error("prefix " + entry.prefix() + " is listed twice");
            }
        }
    }

    /** The bundled table, whose rows may name only the given labels. */
    public static CameoCodes bundled(Set<String> labels) {
        return new CameoCodes(DataFiles.resource(FILE, 4), labels);
    }

    private static String label(DataRow row, int column, Set<String> labels) {
        String name = row.optional(column);
        if (name != null && !labels.contains(name)) {
            throw row.error("unknown label '" + name + "'");
        }
        return name;
    }

    /** The row of a code's longest listed prefix, or null when none is listed (or the code is '-'). */
    public CodeLabel of(String code) {
        for (int length = code.length(); length >= 2; length--) {
            CodeLabel entry = byPrefix.get(code.substring(0, length));
            if (entry != null) {
                return entry;
            }
        }
        return null;
    }

    public List<CodeLabel> entries() {
        return byPrefix.values().stream().sorted(java.util.Comparator.comparing(CodeLabel::prefix)).toList();
    }
}
