package org.reactions.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.reactions.stance.LabeledStatement;
import org.reactions.summary.CountrySummary;
import org.reactions.summary.DocumentResult;
import org.reactions.summary.RunSummary;

/**
 * JSON Lines, written as the run goes: a line for each statement ({@code "type": "statement"}, then the fields of
 * a JSON report's statement), a line for each document after its statements ({@code "type": "document"}), and the
 * summary last ({@code "type": "summary"}, with {@code schemaVersion} and {@code countries}). Each line is flushed,
 * so a consumer sees statements while the corpus is still being read.
 */
public final class JsonLinesReportWriter implements ReportWriter {
    private final Writer out;

    public JsonLinesReportWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void document(DocumentResult result) throws IOException {
        for (LabeledStatement s : result.statements()) {
            line(g -> JsonFormat.statement(g, s, result.claimOf(s), "statement"));
        }
        line(g -> JsonFormat.document(g, result, "document"));
        out.flush();
    }

    @Override
    public void finish(RunSummary summary) throws IOException {
        line(g -> {
            g.writeStartObject();
            g.writeStringField("type", "summary");
            g.writeNumberField("schemaVersion", JsonFormat.SCHEMA_VERSION);
            g.writeArrayFieldStart("countries");
            for (CountrySummary c : summary.countries()) {
                JsonFormat.country(g, c);
            }
            g.writeEndArray();
            g.writeNumberField("documents", summary.documents());
            g.writeNumberField("failedDocuments", summary.failedDocuments());
            g.writeNumberField("statements", summary.statements());
            g.writeEndObject();
        });
        out.flush();
    }

    private void line(JsonFormat.Element element) throws IOException {
        try (JsonGenerator g = JsonFormat.compact(out)) {
            element.write(g);
        }
        out.write('\n');
    }

    @Override
    public void close() {
        // every line is flushed as it is written; the output target closes the stream
    }
}
