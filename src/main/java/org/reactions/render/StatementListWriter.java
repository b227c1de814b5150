package org.reactions.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.stream.Collectors;
import org.reactions.stance.Label;
import org.reactions.stance.LabeledStatement;
import org.reactions.statements.Statement;
import org.reactions.summary.DocumentResult;
import org.reactions.summary.RunSummary;

/**
 * The statements of a run as a list, written as they come: readable text, JSON ({@code {schemaVersion,
 * statements, documents}}, the documents spooled until the statements are written), JSON Lines (one statement a line) or a Markdown table. (CSV is {@link CsvReportWriter}.)
 */
public final class StatementListWriter implements ReportWriter {
    /** The list formats. */
    public enum Style { TEXT, JSON, JSONL, MARKDOWN }

    private final Writer out;
    private final Style style;
    private final Ansi ansi;
    private JsonGenerator json;
    private Spool documents;
    private int count;

    public StatementListWriter(Writer out, Style style, Ansi ansi) throws IOException {
        this.out = out;
        this.style = style;
        this.ansi = ansi;
        if (style == Style.JSON) {
            json = JsonFormat.pretty(out);
            json.writeStartObject();
            json.writeNumberField("schemaVersion", JsonFormat.SCHEMA_VERSION);
            json.writeArrayFieldStart("statements");
            documents = new Spool("documents");
        } else if (style == Style.MARKDOWN) {
            out.write("| id | country | speaker | labels | confidence | words |\n| --- | --- | --- | --- | ---: | --- |\n");
        }
    }

    @Override
    public void document(DocumentResult result) throws IOException {
        for (LabeledStatement s : result.statements()) {
            count++;
            switch (style) {
                case JSON -> JsonFormat.statement(json, s, result.claimOf(s), null);
                case JSONL -> {
                    try (JsonGenerator g = JsonFormat.compact(out)) {
                        JsonFormat.statement(g, s, result.claimOf(s), "statement");
                    }
                    out.write('\n');
                }
                case MARKDOWN -> out.write(markdown(s));
                case TEXT -> out.write(text(s));
            }
        }
        if (style == Style.JSON) {
            StringWriter document = new StringWriter(); // as the JSON report spools it: one line, indented for its place
            try (JsonGenerator g = JsonFormat.pretty(document, 2)) {
                JsonFormat.document(g, result);
            }
            documents.add(document.toString().replace('\n', '\0'));
        } else {
            out.flush();
        }
    }

    private String text(LabeledStatement labeled) {
        Statement s = labeled.statement();
        String speaker = s.speaker().name() + (s.speaker().role() == null ? "" : " (" + s.speaker().role() + ")");
        String words = s.quote() != null ? "\u201C" + s.quote() + "\u201D" : s.text();
        return ansi.bold(s.id()) + "  " + s.country() + "  " + speaker + "  " + ansi.cyan(labels(labeled)) + "  "
                + s.mode().label() + " '" + s.cue().word() + "' " + s.confidence() + voice(s) + "\n    " + TextReportWriter.shorten(words) + "\n";
    }

    /** Nothing for an official's statement (most are), else "  source" or "  reported by NAME". */
    static String voice(Statement s) {
        return switch (s.voice()) {
            case OFFICIAL -> "";
            case SOURCE -> "  source";
            case REPORTED -> "  reported by " + s.reportedBy().name();
        };
    }

    private static String markdown(LabeledStatement labeled) {
        Statement s = labeled.statement();
        String words = s.quote() != null ? "\u201C" + s.quote() + "\u201D" : s.text();
        return "| `" + s.id() + "` | " + s.country() + " | " + cell(s.speaker().name()) + " | " + labels(labeled) + " | "
                + s.confidence() + " | " + cell(TextReportWriter.shorten(words)) + " |\n";
    }

    private static String labels(LabeledStatement labeled) {
        return labeled.labels().stream().map(Label::name).collect(Collectors.joining(","));
    }

    private static String cell(String text) {
        return text.replace("\r", " ").replace("\n", " ").replace("|", "\\|");
    }

    @Override
    public void finish(RunSummary summary) throws IOException {
        switch (style) {
            case JSON -> {
                json.writeEndArray();
                json.writeArrayFieldStart("documents");
                documents.forEach(line -> json.writeRawValue(line.replace('\0', '\n')));
                json.writeEndArray();
                json.writeEndObject();
                json.close();
                out.write('\n');
            }
            case TEXT -> out.write(count + " statement" + TextReportWriter.plural(count) + ".\n");
            default -> { }
        }
        out.flush();
    }

    @Override
    public void close() {
        if (documents != null) {
            documents.close();
        }
        // the output target closes the stream
    }
}
