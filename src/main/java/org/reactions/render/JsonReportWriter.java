package org.reactions.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import org.reactions.stance.LabeledStatement;
import org.reactions.summary.CountrySummary;
import org.reactions.summary.DocumentResult;
import org.reactions.summary.RunSummary;

/**
 * The JSON report: {@code {schemaVersion, countries, statements, documents}}, pretty-printed. Statements and
 * documents are spooled to temporary files as they come and copied in after the summary. Each is spooled already
 * pretty-printed for its place in the report, with its line breaks as NUL characters (which JSON text never holds)
 * so that it fits on one line, and copied in as it is.
 */
public final class JsonReportWriter implements ReportWriter {
    /** the nesting of a spooled object in the report: an element of an array of the top-level object */
    private static final int DEPTH = 2;

    private final Writer out;
    private final Spool statements;
    private final Spool documents;

    public JsonReportWriter(Writer out) throws IOException {
        this.out = out;
        this.statements = new Spool("statements");
        this.documents = new Spool("documents");
    }

    @Override
    public void document(DocumentResult result) throws IOException {
        for (LabeledStatement s : result.statements()) {
            spool(statements, g -> JsonFormat.statement(g, s, result.claimOf(s), null));
        }
        spool(documents, g -> JsonFormat.document(g, result));
    }

    /**
     * Adds a document analysed elsewhere (on a Spark executor, say), given as the one-line JSON that
     * {@link JsonFormat#document} and {@link JsonFormat#statement} write: the report is the same as if the document
     * had been analysed here.
     */
    public void document(String documentJson, List<String> statementsJson) throws IOException {
        for (String statement : statementsJson) {
            spool(statements, g -> g.writeTree(JsonFormat.MAPPER.readTree(statement)));
        }
        spool(documents, g -> g.writeTree(JsonFormat.MAPPER.readTree(documentJson)));
    }

    private static void spool(Spool spool, JsonFormat.Element element) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JsonFormat.pretty(text, DEPTH)) {
            element.write(g);
        }
        spool.add(text.toString().replace('\n', '\0'));
    }

    /** Writes every spooled object, in order, as elements of the array the generator has open. */
    private static void copy(Spool spool, JsonGenerator g) throws IOException {
        spool.forEach(line -> g.writeRawValue(line.replace('\0', '\n')));
    }

    @Override
    public void finish(RunSummary summary) throws IOException {
        try (JsonGenerator g = JsonFormat.pretty(out)) {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", JsonFormat.SCHEMA_VERSION);
            g.writeArrayFieldStart("countries");
            for (CountrySummary c : summary.countries()) {
                JsonFormat.country(g, c);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("statements");
            copy(statements, g);
            g.writeEndArray();
            g.writeArrayFieldStart("documents");
            copy(documents, g);
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    @Override
    public void close() {
        statements.close();
        documents.close();
    }
}
