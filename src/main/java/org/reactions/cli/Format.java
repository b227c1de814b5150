package org.reactions.cli;

import java.io.IOException;
import java.io.Writer;
import org.reactions.render.JsonReportWriter;
import org.reactions.render.ReportWriter;
import org.reactions.render.TextReportWriter;

/** Report formats of {@code reactions summarize}. */
public enum Format {
    text, json, jsonl;

    ReportWriter writer(Writer out) throws IOException {
        return switch (this) {
            case text -> new TextReportWriter(out);
            case json -> new JsonReportWriter(out);
            case jsonl -> new org.reactions.render.JsonLinesReportWriter(out);
        };
    }
}
