package org.reactions.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.reactions.entities.ActorKnowledgeBase;
import org.reactions.knowledge.CountryCode;
import org.reactions.render.Ansi;
import org.reactions.render.ActorListWriter;
import org.reactions.render.CsvCells;
import org.reactions.render.CsvReportWriter;
import org.reactions.render.JsonLinesReportWriter;
import org.reactions.render.JsonReportWriter;
import org.reactions.render.MarkdownReportWriter;
import org.reactions.render.ReportWriter;
import org.reactions.render.StatementListWriter;
import org.reactions.render.TextReportWriter;

/** The formats of the reports, and the one place that says which writer writes which report in which format. */
public enum Format {
    text, json, jsonl, csv, markdown;

    /** The reports of the commands. */
    enum Report { SUMMARY, STATEMENTS, ACTORS }

    /**
     * @param countries for the actor list: only actors of these countries, or all when empty
     * @param cells     how CSV cells are written (--csv-raw)
     * @param foundOnly for the actor list: only the actors the documents name
     */
    ReportWriter writer(Report report, Writer out, Ansi ansi, ActorKnowledgeBase kb, Set<CountryCode> countries, CsvCells cells, boolean foundOnly)
            throws IOException {
        String style = name().toUpperCase(Locale.ROOT);
        return switch (report) {
            case SUMMARY -> switch (this) {
                case text -> new TextReportWriter(out, ansi);
                case json -> new JsonReportWriter(out);
                case jsonl -> new JsonLinesReportWriter(out);
                case csv -> new CsvReportWriter(out, cells);
                case markdown -> new MarkdownReportWriter(out);
            };
            case STATEMENTS -> this == csv ? new CsvReportWriter(out, cells) : new StatementListWriter(out, StatementListWriter.Style.valueOf(style), ansi);
            case ACTORS -> new ActorListWriter(out, ActorListWriter.Style.valueOf(style), ansi, kb, countries, cells, foundOnly);
        };
    }

    /** The format a file name's extension asks for (report.json: json), if any. */
    static Optional<Format> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Format format : values()) {
            if (lower.endsWith("." + format.name())) {
                return Optional.of(format);
            }
        }
        return lower.endsWith(".md") || lower.endsWith(".txt") ? Optional.of(lower.endsWith(".md") ? markdown : text) : Optional.empty();
    }
}
