package org.reactions.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;
import org.reactions.corpus.DocumentSource;
import org.reactions.pipeline.RunSummaries;
import org.reactions.summary.DocumentResult;
import org.reactions.summary.RunSummary;
import org.reactions.summary.SummaryAccumulator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonReportWriterTest {
    private static String compact(JsonFormat.Element element) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JsonFormat.compact(text)) {
            element.write(g);
        }
        return text.toString();
    }

    @Test
    void documentsAnalysedElsewhereGiveTheSameReport() throws IOException {
        List<DocumentResult> results = new ArrayList<>();
        SummaryAccumulator summary = new SummaryAccumulator(Fixtures.COUNTRIES);
        try (var files = Files.list(Path.of("corpus"))) {
            for (Path file : files.sorted().limit(2).toList()) {
                DocumentResult result = Fixtures.ANALYZER.analyze(results.size(), new DocumentSource(file.getFileName().toString(), file.toString()), null);
                summary.add(result.index(), result.failed(), result.statements());
                results.add(result);
            }
        }
        RunSummary run = RunSummaries.of(summary, Fixtures.KNOWLEDGE);
        StringWriter here = new StringWriter();
        StringWriter elsewhere = new StringWriter();
        try (JsonReportWriter direct = new JsonReportWriter(here); JsonReportWriter remote = new JsonReportWriter(elsewhere)) {
            for (DocumentResult result : results) {
                direct.document(result);
                List<String> statements = new ArrayList<>();
                for (var s : result.statements()) {
                    statements.add(compact(g -> JsonFormat.statement(g, s)));
                }
                remote.document(compact(g -> JsonFormat.document(g, result)), statements);
            }
            direct.finish(run);
            remote.finish(run);
        }
        assertTrue(run.statements() > 10, "the documents hold statements");
        assertEquals(here.toString(), elsewhere.toString());
    }
}
