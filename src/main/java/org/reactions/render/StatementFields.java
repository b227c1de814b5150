package org.reactions.render;

import static org.reactions.render.StatementField.JsonType.INTEGER;
import static org.reactions.render.StatementField.JsonType.NUMBER;
import static org.reactions.render.StatementField.JsonType.STRING;
import static org.reactions.render.StatementField.JsonType.STRING_ARRAY;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.reactions.knowledge.CountryCode;
import org.reactions.stance.Label;
import org.reactions.stance.LabeledStatement;
import org.reactions.statements.Statement;

/**
 * The fields of a statement in the output contract, in the contract's order: the one list that the JSON and JSON
 * Lines writers, the CSV columns and the Spark job's columns go through, and that {@code schema/reactions-v1.schema.json}
 * lists ({@code StatementFieldsTest}). A field is added here, at the end, and to the schema.
 */
public final class StatementFields {
    public static final List<StatementField> ALL = List.of(
            StatementField.of("id", STRING, csv("id", 0), (s, claim) -> s.id()),
            StatementField.of("document", STRING, csv("document", 1), (s, claim) -> s.statement().documentId()),
            StatementField.of("sentence", INTEGER, csv("sentence", 2), (s, claim) -> s.statement().sentence() + 1),
            StatementField.of("start", INTEGER, csv("start", 3), (s, claim) -> s.statement().startCodePoint()),
            StatementField.of("end", INTEGER, csv("end", 4), (s, claim) -> s.statement().endCodePoint()),
            StatementField.of("text", STRING, csv("text", 14), (s, claim) -> s.statement().text()),
            StatementField.of("quote", STRING, csv("quote", 13), (s, claim) -> s.statement().quote()),
            StatementField.object("speaker",
                    StatementField.of("name", STRING, csv("speaker", 6), (s, claim) -> s.statement().speaker().name()),
                    StatementField.of("role", STRING, csv("speaker_role", 7), (s, claim) -> s.statement().speaker().role()),
                    StatementField.of("type", STRING, csv("speaker_type", 8), (s, claim) -> s.statement().speaker().type().label())),
            StatementField.of("country", STRING, csv("country", 5), (s, claim) -> CountryCode.text(s.statement().country())),
            StatementField.of("mode", STRING, csv("mode", 9), (s, claim) -> s.statement().mode().label()),
            StatementField.of("cue", STRING, csv("cue", 10), (s, claim) -> s.statement().cue().word()),
            StatementField.of("labels", STRING_ARRAY, csv("labels", 11), (s, claim) -> s.labels().stream().map(Label::name).toList()),
            StatementField.of("confidence", NUMBER, csv("confidence", 12), (s, claim) -> s.statement().confidence()),
            StatementField.of("targets", STRING_ARRAY, csv("targets", 16), (s, claim) -> s.targets().stream().map(CountryCode::value).toList()),
            StatementField.of("rule", STRING, csv("rule", 15), (s, claim) -> s.statement().rule().name()),
            StatementField.of("claim", STRING, csv("claim", 17), (s, claim) -> claim),
            StatementField.of("voice", STRING, csv("voice", 18), (s, claim) -> s.statement().voice().label()),
            StatementField.of("reportedBy", STRING, csv("reported_by", 19), (s, claim) -> reporter(s.statement())));

    /** The fields CSV has, objects flattened, in CSV's column order. */
    private static final List<CsvCell> CSV = csvCells();

    /** The CSV headers, in order. */
    public static final List<String> CSV_HEADERS = CSV.stream().map(cell -> cell.field().csvColumn().header()).toList();

    private StatementFields() {
    }

    /**
     * The values of a statement's fields, in the order of {@link #ALL}: plain data, which a Spark executor keeps until
     * the run's claims are known.
     *
     * @param values one value a field, an object's as the list of its parts' values
     */
    public record Values(List<Object> values) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Values {
            values = Collections.unmodifiableList(new ArrayList<>(values)); // a role, a quote, a claim may be null
        }

        /** These values with one top-level field's replaced. */
        public Values with(String field, Object value) {
            List<Object> changed = new ArrayList<>(values);
            changed.set(indexOf(field), value);
            return new Values(changed);
        }
    }

    /** A statement's values; {@code claim} is the id of its claim, or null when the run has not grouped claims. */
    public static Values of(LabeledStatement statement, String claim) {
        return new Values(read(ALL, statement, claim));
    }

    private static List<Object> read(List<StatementField> fields, LabeledStatement statement, String claim) {
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            StatementField field = fields.get(i);
            values[i] = field.parts().isEmpty() ? field.reader().read(statement, claim)
                    : Collections.unmodifiableList(read(field.parts(), statement, claim));
        }
        return Arrays.asList(values);
    }

    /** Writes the fields of a statement object (its braces are the caller's). */
    static void writeJson(JsonGenerator g, Values values) throws IOException {
        writeJson(g, ALL, values.values());
    }

    private static void writeJson(JsonGenerator g, List<StatementField> fields, List<?> values) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            StatementField field = fields.get(i);
            Object value = values.get(i);
            if (value == null) {
                g.writeNullField(field.name());
                continue;
            }
            switch (field.type()) {
                case STRING -> g.writeStringField(field.name(), (String) value);
                case INTEGER -> g.writeNumberField(field.name(), (Integer) value);
                case NUMBER -> g.writeNumberField(field.name(), (Double) value);
                case STRING_ARRAY -> {
                    g.writeArrayFieldStart(field.name());
                    for (Object item : (List<?>) value) {
                        g.writeString((String) item);
                    }
                    g.writeEndArray();
                }
                case OBJECT -> {
                    g.writeObjectFieldStart(field.name());
                    writeJson(g, field.parts(), (List<?>) value);
                    g.writeEndObject();
                }
            }
        }
    }

    /** A statement's CSV cells, in the order of {@link #CSV_HEADERS}: an absent value is empty (CSV has no null), a list joined with ';'. */
    static List<String> csvRow(Values values) {
        List<String> cells = new ArrayList<>(CSV.size());
        for (CsvCell cell : CSV) {
            Object value = values.values().get(cell.index());
            if (cell.part() >= 0 && value != null) {
                value = ((List<?>) value).get(cell.part());
            }
            cells.add(value == null ? "" : value instanceof List<?> list ? String.join(";", list.stream().map(String::valueOf).toList())
                    : value.toString());
        }
        return cells;
    }

    /** The position of a top-level field in {@link #ALL}. */
    static int indexOf(String name) {
        for (int i = 0; i < ALL.size(); i++) {
            if (ALL.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("a statement has no field '" + name + "'");
    }

    /** Where a CSV column's value is: a top-level field, and the part of an object (or -1). */
    private record CsvCell(StatementField field, int index, int part) {
    }

    private static List<CsvCell> csvCells() {
        List<CsvCell> cells = new ArrayList<>();
        for (int i = 0; i < ALL.size(); i++) {
            StatementField field = ALL.get(i);
            if (field.csvColumn() != null) {
                cells.add(new CsvCell(field, i, -1));
            }
            for (int p = 0; p < field.parts().size(); p++) {
                if (field.parts().get(p).csvColumn() != null) {
                    cells.add(new CsvCell(field.parts().get(p), i, p));
                }
            }
        }
        cells.sort(Comparator.comparingInt(cell -> cell.field().csvColumn().position()));
        for (int position = 0; position < cells.size(); position++) {
            if (cells.get(position).field().csvColumn().position() != position) {
                throw new IllegalStateException("CSV column positions must be 0 to " + (cells.size() - 1) + ", each once");
            }
        }
        return List.copyOf(cells);
    }

    private static StatementField.CsvColumn csv(String header, int position) {
        return new StatementField.CsvColumn(header, position);
    }

    private static String reporter(Statement statement) {
        return statement.reportedBy() == null ? null : statement.reportedBy().name();
    }
}
