package org.reactions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reactions.pipeline.ExitCode;
import org.reactions.render.CsvReportWriter;

/** Every report format on the bundled corpus says the same as the JSON report. */
class FormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode report;

    @BeforeAll
    static void json() throws Exception {
        report = JSON.readTree(CliRun.run("summarize", "corpus", "--format", "json").out());
    }

    @Test
    void csvParsesBackToTheSameStatements() throws Exception {
        CliRun run = CliRun.run("summarize", "corpus", "--format", "csv");
        assertEquals(ExitCode.OK, run.code());
        assertTrue(run.out().contains("\r\n"), "RFC 4180 line ends");
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class).with(schema).readValues(run.out())) {
            it.forEachRemaining(rows::add);
        }
        assertEquals(List.copyOf(rows.get(0).keySet()), CsvReportWriter.COLUMNS);
        JsonNode statements = report.path("statements");
        assertEquals(statements.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode s = statements.get(i);
            Map<String, String> row = rows.get(i);
            assertEquals(s.path("id").asText(), row.get("id"));
            assertEquals(s.path("text").asText(), row.get("text"));
            assertEquals(s.path("quote").isNull() ? "" : s.path("quote").asText(), row.get("quote"));
            assertEquals(s.path("speaker").path("name").asText(), row.get("speaker"));
            assertEquals(s.path("country").asText(), row.get("country"));
            assertEquals(s.path("start").asInt(), Integer.parseInt(row.get("start")));
            assertEquals(s.path("confidence").asDouble(), Double.parseDouble(row.get("confidence")));
            List<String> labels = new ArrayList<>();
            s.path("labels").forEach(l -> labels.add(l.asText()));
            assertEquals(String.join(";", labels), row.get("labels"));
        }
    }

    @Test
    void everyJsonLineParsesAndTheyAddUpToTheReport() throws Exception {
        List<String> lines = CliRun.run("summarize", "corpus", "--format", "jsonl").out().lines().toList();
        int statements = 0;
        JsonNode summary = null;
        for (String line : lines) {
            JsonNode node = JSON.readTree(line);
            if (node.path("type").asText().equals("statement")) {
                assertEquals(report.path("statements").get(statements).path("id"), node.path("id"));
                statements++;
            } else if (node.path("type").asText().equals("summary")) {
                summary = node;
            }
        }
        assertEquals(report.path("statements").size(), statements);
        assertEquals(report.path("countries"), summary.path("countries"));
    }

    @Test
    void markdownAndTextShowTheSameCountsAsJson() {
        String markdown = CliRun.run("summarize", "corpus", "--format", "markdown").out();
        String text = CliRun.run("summarize", "corpus").out();
        for (JsonNode country : report.path("countries")) {
            String name = country.path("name").asText() + " (" + country.path("code").asText() + ")";
            int statements = country.path("statements").asInt();
            int documents = country.path("documents").asInt();
            assertTrue(markdown.contains("| " + name + " | " + statements + " | " + documents + " |"), name);
            assertTrue(text.contains(name + ": " + statements + " statements in " + documents + " documents"), name);
            Matcher section = Pattern.compile("## " + Pattern.quote(name) + "(.*?)(\n## |\n_)", Pattern.DOTALL).matcher(markdown);
            assertTrue(section.find());
            country.path("labels").fields().forEachRemaining(label -> {
                if (label.getValue().asInt() > 0) {
                    assertTrue(section.group(1).contains("| " + label.getKey() + " | " + label.getValue().asInt() + " |"), label.getKey());
                    assertTrue(text.contains(label.getKey() + " " + label.getValue().asInt()), label.getKey());
                }
            });
        }
    }

    @Test
    void textHasNoColourWhenNotOnATerminal() {
        assertTrue(!CliRun.run("summarize", "corpus").out().contains("\u001B["));
    }
}
