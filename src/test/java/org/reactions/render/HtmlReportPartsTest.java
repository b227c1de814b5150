package org.reactions.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;
import org.reactions.corpus.DocumentSource;
import org.reactions.summary.DocumentResult;
import org.reactions.pipeline.RunSummaries;
import org.reactions.summary.RunSummary;
import org.reactions.summary.SummaryAccumulator;

/** The parts of the HTML report: the run block, the overview's shares, the statements' sources. */
class HtmlReportPartsTest {
    private static final Instant NOW = Instant.parse("2026-12-06T10:15:30.123Z");

    @Test
    void aRunSaysItsTimeFromSourceDateEpochWhenTheEnvironmentSetsIt() {
        assertEquals(NOW, RunRecord.timeOfRun(Map.of(), NOW));
        assertEquals(Instant.parse("2024-01-01T00:00:00Z"), RunRecord.timeOfRun(Map.of("SOURCE_DATE_EPOCH", "1704067200"), NOW));
        assertEquals(NOW, RunRecord.timeOfRun(Map.of("SOURCE_DATE_EPOCH", " "), NOW));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> RunRecord.timeOfRun(Map.of("SOURCE_DATE_EPOCH", "yesterday"), NOW));
        assertTrue(bad.getMessage().contains("SOURCE_DATE_EPOCH='yesterday'"), bad.getMessage());
        assertEquals(Instant.parse("2026-12-06T10:15:30Z"), new RunRecord("reactions 1", NOW, List.of(), List.of()).time(), "to the second");
    }

    @Test
    void theRunBlockNamesTheCommandAndEachDocumentThatCouldNotBeRead() {
        RunRecord run = new RunRecord("reactions 0.1.0", NOW, List.of("corpus", "my notes"), List.of("report", "corpus", "my notes", "-o", "r.html"));
        RunSummary summary = new RunSummary(List.of(), 3, 2, 0);
        String html = HtmlRunBlock.html(run, summary, List.of(new HtmlRunBlock.Failure("<bad>.txt", "empty document")), 2);
        assertTrue(html.startsWith("<details class=\"run\" id=\"run\" open>"), "open when something failed");
        assertTrue(html.contains("<dd>reactions 0.1.0</dd>"), html);
        assertTrue(html.contains("<time>2026-12-06T10:15:30Z</time>"), html);
        assertTrue(html.contains("<code>reactions report corpus &#39;my notes&#39; -o r.html</code>"), "typed as a shell needs it: " + html);
        assertTrue(html.contains("<li><code>&lt;bad&gt;.txt</code>: empty document</li>"), html);
        assertTrue(html.contains("<li>and 1 more"), "the failures not kept are counted");
        assertFalse(HtmlRunBlock.html(run, new RunSummary(List.of(), 3, 0, 0), List.of(), 0).contains(" open>"), "closed when all was read");
        assertEquals("'it'\\''s'", HtmlRunBlock.quoted("it's"));
    }

    @Test
    void onlyWebAddressesWithAHostAreLinks() {
        assertEquals("https://example.invalid/a?b=1", HtmlStatementItem.webLink(" https://example.invalid/a?b=1 "));
        assertEquals("http://example.invalid/a%20b%22", HtmlStatementItem.webLink("http://example.invalid/a b\""));
        for (String bad : new String[] {"javascript:alert(1)", "JAVASCRIPT:alert(1)", "java\tscript:alert(1)", "data:text/html,x",
            "file:///etc/passwd", "https:/nohost", "//example.invalid/x", "ftp://example.invalid/x", null}) {
            assertNull(HtmlStatementItem.webLink(bad), bad);
        }
        assertEquals("./javascript:alert(1).txt", HtmlStatementItem.relativeLink("javascript:alert(1).txt"));
        assertEquals("dir/a.txt", HtmlStatementItem.relativeLink("dir/a.txt"));
    }

    /** The shares compare the countries on one scale, out of claims by default and out of statements when reports count. */
    @Test
    void theOverviewDrawsEachLabelsShareOfEachCountry() throws IOException {
        for (boolean reports : new boolean[] {false, true}) {
            SummaryAccumulator accumulator = new SummaryAccumulator(Fixtures.COUNTRIES, reports);
            Path file = Path.of("corpus").resolve(Files.list(Path.of("corpus")).map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow());
            DocumentResult result = Fixtures.ANALYZER.analyze(0, new DocumentSource("a", file.toString()), null);
            accumulator.add(result.index(), result.failed(), result.statements());
            RunSummary summary = RunSummaries.of(accumulator, Fixtures.KNOWLEDGE);
            assertEquals(reports, summary.countsReports());
            String html = HtmlOverview.html(summary);
            var russia = summary.countries().get(0);
            int base = reports ? russia.statements() : russia.claims();
            russia.labels().forEach((label, count) -> {
                if (summary.countries().stream().anyMatch(c -> c.labels().get(label) > 0)) {
                    assertTrue(html.contains("data-country=\"" + russia.code() + "\" data-label=\"" + label.name() + "\" title=\"" + count + " of " + base
                            + "\"><span class=\"share-n\">" + Math.round(100f * count / base) + "%</span>"), label + " in " + html);
                }
            });
            assertTrue(html.contains(reports ? "Share of each country's statements" : "Share of each country's claims"), html);
        }
    }

    @Test
    void aReportRecordsItsRunAndTheDocumentsItCouldNotRead() throws IOException {
        StringWriter page = new StringWriter();
        RunRecord run = new RunRecord("reactions test", NOW, List.of("x"), List.of("report", "x"));
        try (HtmlReportWriter writer = new HtmlReportWriter(page, null, run)) {
            writer.document(DocumentResult.failure(0, "broken", "x/broken.txt", "not UTF-8 text"));
            writer.finish(new RunSummary(List.of(), 1, 1, 0));
        }
        String html = page.toString();
        assertTrue(html.contains("<a href=\"#run\">1 could not be read</a>"), html);
        assertTrue(html.contains("<li><code>x/broken.txt</code>: not UTF-8 text</li>"), html);
    }
}
