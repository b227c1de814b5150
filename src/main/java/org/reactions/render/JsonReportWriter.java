package org.reactions.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.reactions.pipeline.DocumentResult;
import org.reactions.stance.LabeledStatement;
import org.reactions.summary.CountrySummary;

/**
 * The JSON report: {@code {schemaVersion, countries, statements, documents}}, pretty-printed. Statements and
 * documents are spooled to temporary files as they come and copied in after the summary.
 */
public final class JsonReportWriter implements ReportWriter {
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
            statements.add(g -> JsonFormat.statement(g, s));
        }
        documents.add(g -> JsonFormat.document(g, result));
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
            statements.copyTo(g);
            g.writeEndArray();
            g.writeArrayFieldStart("documents");
            documents.copyTo(g);
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
