package org.reactions.render;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.reactions.stance.Label;
import org.reactions.summary.CountrySummary;
import org.reactions.summary.DayCount;
import org.reactions.summary.DocumentResult;
import org.reactions.summary.RunSummary;

/**
 * {@code summarize --by date --format csv}: one row per country and day with statements, for a spreadsheet; days
 * without statements have no row, and a country's undated documents come last with an empty date. Written when the
 * run ends (the days are only known then).
 */
public final class TimelineCsvWriter implements ReportWriter {
    /** The columns, in order: then one per stance label. */
    public static final List<String> COLUMNS = List.of("country", "date", "statements", "claims", "documents");

    private final Writer out;
    private final List<Label> labels;

    /** @param labels the stance labels, one column each, in their order */
    public TimelineCsvWriter(Writer out, List<Label> labels) {
        this.out = out;
        this.labels = List.copyOf(labels);
    }

    @Override
    public void document(DocumentResult result) {
        // counted in the summary's timeline
    }

    @Override
    public void finish(RunSummary summary) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        COLUMNS.forEach(schema::addColumn);
        for (Label label : labels) {
            schema.addColumn(label.name());
        }
        try (SequenceWriter rows = CsvReportWriter.csvMapper().writer(schema.build()).writeValues(out)) {
            for (CountrySummary country : summary.countries()) {
                for (DayCount day : country.timeline()) {
                    List<String> row = new ArrayList<>(List.of(country.code().value(), day.date() == null ? "" : day.date().toString(),
                            Integer.toString(day.statements()), Integer.toString(day.claims()), Integer.toString(day.documents())));
                    day.labels().values().forEach(n -> row.add(Integer.toString(n)));
                    rows.write(row);
                }
            }
        }
        out.flush();
    }

    @Override
    public void close() {
        // the output target closes the stream
    }
}
