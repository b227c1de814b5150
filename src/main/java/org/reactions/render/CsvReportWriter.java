package org.reactions.render;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.reactions.stance.LabeledStatement;
import org.reactions.summary.DocumentResult;
import org.reactions.summary.RunSummary;

/**
 * CSV (RFC 4180: comma-separated, double-quoted where needed, CRLF line ends, a header row): one row per
 * statement, written as the run goes. Labels and targets are joined with ';'; columns are only ever added at the end.
 */
public final class CsvReportWriter implements ReportWriter {
    /** The columns, in order: the statement fields that CSV has ({@link StatementFields}). */
    public static final List<String> COLUMNS = StatementFields.CSV_HEADERS;

    private final SequenceWriter rows;
    private final CsvCells cells;

    /** @param cells whether cells a spreadsheet would run as formulas are neutralised */
    public CsvReportWriter(Writer out, CsvCells cells) throws IOException {
        this.cells = cells;
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        COLUMNS.forEach(schema::addColumn);
        this.rows = csvMapper().writer(schema.build()).writeValues(out);
    }

    @Override
    public void document(DocumentResult result) throws IOException {
        for (LabeledStatement labeled : result.statements()) {
            // claim: null when the run has not grouped claims
            rows.write(cells.row(StatementFields.csvRow(StatementFields.of(labeled, result.claimOf(labeled)))));
        }
        rows.flush();
    }

    @Override
    public void finish(RunSummary summary) throws IOException {
        rows.flush();
    }

    @Override
    public void close() {
        // the output target closes the stream
    }

    /** A CSV mapper that leaves the stream open for the output target to close. */
    static CsvMapper csvMapper() {
        CsvMapper mapper = new CsvMapper();
        mapper.getFactory().disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return mapper;
    }
}
