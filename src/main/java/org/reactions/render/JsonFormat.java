package org.reactions.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import org.reactions.stance.LabeledStatement;
import org.reactions.summary.CountrySummary;
import org.reactions.summary.DayCount;
import org.reactions.summary.DocumentResult;
import org.reactions.summary.Highlight;
import org.reactions.summary.SpeakerCount;

/**
 * The JSON contract (schemaVersion 1, {@code schema/reactions-v1.schema.json}): field names and order are fixed
 * here, in one place, for every format that writes JSON (json, jsonl, the HTML report's data).
 */
public final class JsonFormat {
    public static final int SCHEMA_VERSION = 1;
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonFactory FACTORY = MAPPER.getFactory();

    /** Something that writes one JSON value. */
    interface Element {
        void write(JsonGenerator generator) throws IOException;
    }

    private JsonFormat() {
    }

    /** A generator that writes two-space indented JSON with "\n" line ends on every platform. */
    static JsonGenerator pretty(Writer out) throws IOException {
        return pretty(out, 0);
    }

    /** A pretty generator for a value that will stand at the given depth of a document written by another. */
    static JsonGenerator pretty(Writer out, int depth) throws IOException {
        JsonGenerator generator = FACTORY.createGenerator(out);
        generator.setPrettyPrinter(new Printer(depth));
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return generator;
    }

    /** Jackson's pretty printer, with {@code "key": value} and empty arrays and objects as {@code []} and {@code {}}. */
    private static final class Printer extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        private final int depth;

        Printer(int depth) {
            super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            _arrayIndenter = indenter;
            _objectIndenter = indenter;
            _nesting = depth;
            this.depth = depth;
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new Printer(depth);
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            _nesting--;
            if (values > 0) {
                _arrayIndenter.writeIndentation(g, _nesting);
            }
            g.writeRaw(']');
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            _nesting--;
            if (entries > 0) {
                _objectIndenter.writeIndentation(g, _nesting);
            }
            g.writeRaw('}');
        }
    }

    static JsonGenerator compact(Writer out) throws IOException {
        JsonGenerator generator = FACTORY.createGenerator(out);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return generator;
    }

    public static void statement(JsonGenerator g, LabeledStatement labeled) throws IOException {
        statement(g, labeled, null, null);
    }

    /** A statement object with the id of its claim (its own id when it is the first report, or when claims are not grouped). */
    public static void statement(JsonGenerator g, LabeledStatement labeled, String claim) throws IOException {
        statement(g, labeled, claim, null);
    }

    /**
     * A statement object; with a type, that type comes first ({@code "type": "statement"} in JSON Lines).
     *
     * @param claim the id of its claim, or null when not known
     */
    static void statement(JsonGenerator g, LabeledStatement labeled, String claim, String type) throws IOException {
        statement(g, StatementFields.of(labeled, claim), type);
    }

    /** A statement object of its fields' values (a Spark job's, kept until the run's claims are known). */
    public static void statement(JsonGenerator g, StatementFields.Values values) throws IOException {
        statement(g, values, null);
    }

    private static void statement(JsonGenerator g, StatementFields.Values values, String type) throws IOException {
        g.writeStartObject();
        if (type != null) {
            g.writeStringField("type", type);
        }
        StatementFields.writeJson(g, values);
        g.writeEndObject();
    }

    public static void document(JsonGenerator g, DocumentResult d) throws IOException {
        document(g, d, null);
    }

    static void document(JsonGenerator g, DocumentResult d, String type) throws IOException {
        g.writeStartObject();
        if (type != null) {
            g.writeStringField("type", type);
        }
        g.writeStringField("id", d.id());
        g.writeStringField("path", d.path());
        g.writeStringField("date", d.date() == null ? null : d.date().toString());
        g.writeNumberField("sentences", d.sentences());
        g.writeNumberField("tokens", d.tokens());
        g.writeNumberField("statements", d.statements().size());
        g.writeStringField("error", d.error());
        g.writeArrayFieldStart("warnings");
        for (String warning : d.warnings()) {
            g.writeString(warning);
        }
        g.writeEndArray();
        g.writeStringField("title", d.metadata().title());
        g.writeStringField("outlet", d.metadata().outlet());
        g.writeStringField("url", d.metadata().url());
        g.writeEndObject();
    }

    public static void country(JsonGenerator g, CountrySummary c) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", c.code().value());
        g.writeStringField("name", c.name());
        g.writeNumberField("statements", c.statements());
        g.writeNumberField("documents", c.documents());
        g.writeArrayFieldStart("speakers");
        for (SpeakerCount s : c.speakers()) {
            g.writeStartObject();
            g.writeStringField("name", s.name());
            g.writeStringField("role", s.role());
            g.writeStringField("type", s.type());
            g.writeNumberField("statements", s.statements());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("labels");
        for (var entry : c.labels().entrySet()) {
            g.writeNumberField(entry.getKey().name(), entry.getValue());
        }
        g.writeEndObject();
        g.writeStringField("stance", c.stance());
        g.writeArrayFieldStart("highlights");
        for (Highlight h : c.highlights()) {
            g.writeString(h.id());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("timeline");
        for (DayCount day : c.timeline()) {
            g.writeStartObject();
            g.writeStringField("date", day.date() == null ? null : day.date().toString());
            g.writeNumberField("statements", day.statements());
            g.writeNumberField("claims", day.claims());
            g.writeNumberField("documents", day.documents());
            g.writeObjectFieldStart("labels");
            for (var entry : day.labels().entrySet()) {
                g.writeNumberField(entry.getKey().name(), entry.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("claims", c.claims());
        g.writeNumberField("outlets", c.outlets());
        g.writeEndObject();
    }
}
