package org.reactions.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reactions.cli.Main;

/** The new inputs through the command line: web pages, feeds, standard input, dates and the timeline. */
class InputsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    private static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertFalse(errors.contains("Exception") || errors.contains("\tat "), "no stack trace: " + errors);
        return new Run(code, out.toString(StandardCharsets.UTF_8), errors);
    }

    @BeforeEach
    void collection() throws Exception {
        Files.copy(Path.of("src/test/resources/html/wire.html"), dir.resolve("wire.HTML"));
        Path march = Files.createDirectories(dir.resolve("2026-03"));
        Files.writeString(march.resolve("tass.txt"), "date 2026-03-02\nForeign Minister Sergey Lavrov said Russia condemned the strikes.\n");
        Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
                "{\"id\": \"f1\", \"date\": \"2026-03-04T12:00:00Z\", \"source\": \"Gulf Today\", \"text\": \"Iranian Foreign Minister Abbas Araghchi warned that Iran would respond.\"}",
                "this line is not JSON",
                "{\"id\": \"f3\", \"title\": \"a line without text\"}",
                "{\"id\": \"f4\", \"text\": \"Chinese Foreign Ministry spokesperson Mao Ning called for a ceasefire.\"}",
                ""));
        Files.writeString(dir.resolve("notes.md"), "not an article");
    }

    @Test
    void aCollectionOfPagesFeedsAndTextIsAnalysedAndItsBadLinesNamed() throws Exception {
        Run run = run("", "summarize", "--format", "json", "--threads", "2", dir.toString());
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains(dir + ": skipped 1 file of other kinds (.md ×1)"), run.err());
        assertTrue(run.err().contains("feed.jsonl:2: not valid JSON"), run.err());
        assertTrue(run.err().contains("feed.jsonl:3: no 'text' or 'html' string"), run.err());
        List<String> documents = new ArrayList<>();
        for (JsonNode d : run.json().path("documents")) {
            documents.add(d.path("id").asText() + " " + d.path("date").asText() + " " + d.path("outlet").asText() + " " + d.path("statements").asInt());
        }
        assertEquals(List.of("2026-03/tass 2026-03-02 null 1", "f1 2026-03-04 Gulf Today 1", "feed:2 null null 0", "f3 null null 0",
                "f4 null null 1", "wire 2026-03-03 Global Wire 4"), documents);
    }

    @Test
    void theTimelineCountsEachDayAndTheUndatedApart() throws Exception {
        // the rules alone label, so that the counts are the timeline's whatever the bundled model learns
        Run run = run("", "summarize", "--format", "csv", "--by", "date", dir.toString(), "-q", "--stance-model", "none");
        assertEquals(String.join("\r\n",
                "country,date,statements,claims,documents,CONDEMNATION,DE_ESCALATION,WARNING,SOLIDARITY,NON_INTERVENTION,GRIEVANCE,OTHER",
                "RU,2026-03-02,1,1,1,1,0,0,0,0,0,0",
                "CN,2026-03-03,4,4,1,1,3,1,0,0,0,0",
                "CN,,1,1,1,0,1,0,0,0,0,0",
                "IR,2026-03-04,1,1,1,0,0,1,0,0,0,0",
                ""), run.out());
        JsonNode cn = run("", "summarize", "--format", "json", dir.toString()).json().path("countries").get(1);
        assertEquals(List.of("2026-03-03", "null"), cn.path("timeline").findValues("date").stream().map(JsonNode::asText).toList());
        assertEquals(cn.path("statements").asInt(), cn.path("timeline").findValues("statements").stream().mapToInt(JsonNode::asInt).sum());
    }

    @Test
    void sinceAndUntilLeaveOutDocumentsOfOtherDaysButKeepTheUndated() throws Exception {
        Run run = run("", "statements", "--format", "jsonl", "--since", "2026-03-03", "--until", "2026-03-03", dir.toString(), "-q");
        List<String> documents = run.out().lines().map(line -> {
            try {
                return JSON.readTree(line).path("document").asText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).distinct().toList();
        assertEquals(List.of("f4", "wire"), documents);
        assertTrue(run.err().contains("2 documents dated outside --since/--until left out"), run.err());
        Run none = run("", "summarize", "--since", "2027-01-01", dir.resolve("2026-03").toString());
        assertEquals(3, none.code());
        assertTrue(none.err().contains("no document dated within --since/--until"), none.err());
    }

    @Test
    void standardInputIsReadAsTheDeclaredFormat() throws Exception {
        String page = Files.readString(Path.of("src/test/resources/html/regional.html"));
        Run html = run(page, "statements", "--input-format", "HTML", "-", "--format", "jsonl");
        assertEquals(0, html.code(), html.err());
        assertTrue(html.out().contains("Abbas Araghchi") && !html.out().contains("surrender"), html.out());
        Run feed = run("{\"story_id\": \"s\", \"body\": \"Lavrov said Moscow condemned the strikes.\"}\n",
                "statements", "--input-format", "jsonl", "--field", "id=story_id,text=body", "-");
        assertTrue(feed.out().startsWith("s#8  RU  Sergey Lavrov"), feed.out());
    }

    @Test
    void explainFindsAnArticleOfAFeedAndShowsItsText() {
        Run run = run("", "explain", "f4#48", dir.resolve("feed.jsonl").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("f4#48  " + dir.resolve("feed.jsonl") + ":4, sentence 1"), run.out());
        assertTrue(run.out().contains("Mao Ning called for a ceasefire."), run.out());
    }

    @Test
    void badInputOptionsAreUsageErrors() {
        for (String[] args : List.of(new String[] {"--input-format", "pdf"}, new String[] {"--field", "body=text"},
                new String[] {"--since", "March"}, new String[] {"--since", "2026-03-05", "--until", "2026-03-01"},
                new String[] {"--by", "week", "--format", "csv"}, new String[] {"--by", "date"})) {
            List<String> all = new ArrayList<>(List.of("summarize", dir.toString()));
            all.addAll(List.of(args));
            Run run = run("", all.toArray(String[]::new));
            assertEquals(2, run.code(), String.join(" ", args) + ": " + run.err());
            assertEquals(1, run.err().lines().filter(l -> l.startsWith("reactions")).count(), run.err());
        }
    }

    @Test
    void aReprintedQuotationIsOneClaimWhoseLabelsCountOnceUnlessReportsAreCounted() throws Exception {
        String wire = "Foreign Minister Sergey Lavrov said the strikes were \u201Ca flagrant violation of international law\u201D.";
        Files.writeString(dir.resolve("reprints.jsonl"), String.join("\n",
                "{\"id\": \"wire\", \"source\": \"Global Wire\", \"text\": \"Moscow reacts\\n\\n" + wire.replace("\"", "\\\"") + "\"}",
                "{\"id\": \"ledger\", \"source\": \"Daily Ledger\", \"text\": \"By staff\\n\\n" + wire.replace("\"", "\\\"")
                        .replace("\u201C", "\\\"").replace("\u201D", "\\\"") + "\"}",
                ""));
        JsonNode claims = run("", "summarize", "--format", "json", dir.resolve("reprints.jsonl").toString()).json();
        assertEquals("[\"wire#47\",\"wire#47\"]", claims.path("statements").findValues("claim").toString().replace(" ", ""));
        JsonNode ru = claims.path("countries").get(0);
        assertEquals(2, ru.path("statements").asInt());
        assertEquals(1, ru.path("claims").asInt());
        assertEquals(2, ru.path("outlets").asInt());
        assertEquals(1, ru.path("labels").path("CONDEMNATION").asInt());
        assertEquals(1, ru.path("highlights").size());
        JsonNode reports = run("", "summarize", "--format", "json", "--count", "reports", dir.resolve("reprints.jsonl").toString()).json();
        assertEquals(2, reports.path("countries").get(0).path("labels").path("CONDEMNATION").asInt());
    }
}
