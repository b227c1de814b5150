package org.reactions.cli;

import java.io.IOException;
import java.io.Writer;
import org.reactions.render.JsonReportWriter;
import org.reactions.render.ReportWriter;
import org.reactions.render.TextReportWriter;

/** Report formats of {@code reactions summarize}. */
public enum Format {
    text, json, jsonl, csv, markdown;

    ReportWriter writer(Writer out, boolean colour) throws IOException {
        return switch (this) {
            case text -> new TextReportWriter(out, colour);
            case json -> new JsonReportWriter(out);
            case jsonl -> new org.reactions.render.JsonLinesReportWriter(out);
            case csv -> new org.reactions.render.CsvReportWriter(out);
            case markdown -> new org.reactions.render.MarkdownReportWriter(out);
        };
    }
}
