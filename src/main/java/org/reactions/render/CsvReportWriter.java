package org.reactions.render;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.reactions.stance.Label;
import org.reactions.stance.LabeledStatement;
import org.reactions.statements.Statement;
import org.reactions.summary.DocumentResult;
import org.reactions.summary.RunSummary;

/**
 * CSV (RFC 4180: comma-separated, double-quoted where needed, CRLF line ends, a header row): one row per
 * statement, written as the run goes. Labels and targets are joined with ';'; columns are only ever added at the end.
 */
public final class CsvReportWriter implements ReportWriter {
    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("id", "document", "sentence", "start", "end", "country", "speaker",
            "speaker_role", "speaker_type", "mode", "cue", "labels", "confidence", "quote", "text", "rule", "targets", "claim",
            "voice", "reported_by");

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
            rows.write(cells.row(row(labeled, result.claims().get(labeled.id()))));
        }
        rows.flush();
    }

    /** A statement's row; {@code claim} is the id of its claim, or null when the run has not grouped claims. */
    static List<String> row(LabeledStatement labeled, String claim) {
        Statement s = labeled.statement();
        return Arrays.asList(s.id(), s.documentId(), Integer.toString(s.sentence() + 1), Integer.toString(s.startCodePoint()),
                Integer.toString(s.endCodePoint()), s.country(), s.speaker().name(), orEmpty(s.speaker().role()), s.speaker().type().label(),
                s.mode().label(), s.cue().word(), labeled.labels().stream().map(Label::name).collect(Collectors.joining(";")),
                Double.toString(s.confidence()), orEmpty(s.quote()), s.text(), s.rule().name(), String.join(";", labeled.targets()),
                orEmpty(claim), s.voice().label(), s.reportedBy() == null ? "" : s.reportedBy().name());
    }

    /** An absent role or quote is an empty field (CSV has no null). */
    private static String orEmpty(String value) {
        return value == null ? "" : value;
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
