package org.reactions.render;

import java.util.List;
import org.reactions.stance.LabeledStatement;

/**
 * One field of a statement in the output contract: its JSON name and type, how its value is read from a labeled
 * statement and its claim, and its CSV column, if CSV has it. An object field (the speaker) has parts instead of a
 * reader, and CSV flattens its parts into columns of their own. {@link StatementFields#ALL} lists them in order.
 *
 * @param name      the JSON name
 * @param type      the JSON type
 * @param csvColumn its CSV column, or null when CSV leaves it out (and for an object: its parts have theirs)
 * @param reader    reads its value: a String, Integer, Double or List of Strings, or null; null for an object
 * @param parts     the fields of an object, in order; empty for any other type
 */
public record StatementField(String name, JsonType type, CsvColumn csvColumn, Reader reader, List<StatementField> parts) {
    /** The JSON types of the contract's statement fields; each may be null where the schema allows it. */
    public enum JsonType { STRING, INTEGER, NUMBER, STRING_ARRAY, OBJECT }

    /**
     * A CSV column: its header and its place among the columns (CSV's order is older than the JSON's, and columns are
     * only ever added at the end).
     */
    public record CsvColumn(String header, int position) {
    }

    /** Reads a field's value from a statement and the id of its claim (null when the run has not grouped claims). */
    public interface Reader {
        Object read(LabeledStatement statement, String claim);
    }

    public StatementField {
        parts = List.copyOf(parts);
        if ((type == JsonType.OBJECT) != (reader == null) || (type == JsonType.OBJECT) == parts.isEmpty()) {
            throw new IllegalArgumentException(name + ": an object has parts and no reader, any other field a reader and no parts");
        }
    }

    static StatementField of(String name, JsonType type, CsvColumn csvColumn, Reader reader) {
        return new StatementField(name, type, csvColumn, reader, List.of());
    }

    static StatementField object(String name, StatementField... parts) {
        return new StatementField(name, JsonType.OBJECT, null, null, List.of(parts));
    }
}
