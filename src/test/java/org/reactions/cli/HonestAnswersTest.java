package org.reactions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reactions.pipeline.ExitCode;

/** What the command line answers is true, and its errors are in the user's words. */
class HonestAnswersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCUMENT = "Beijing called for an immediate ceasefire. \u201CWe condemn the strikes,\u201D Lavrov said.";

    @TempDir
    Path dir;

    @AfterEach
    void forgetTerminals() {
        System.clearProperty("reactions.stdin.tty");
    }

    private static void assertUsageError(String expected, String... args) {
        CliRun run = CliRun.run(args);
        assertEquals(ExitCode.USAGE, run.code(), String.join(" ", args) + ": " + run.err());
        assertTrue(run.err().startsWith("reactions: " + expected + "\n"), run.err());
        assertTrue(run.errorsAreOneLiners(), run.err());
    }

    @Test
    void countryFiltersAreCheckedAgainstTheKnowledgeBaseAndWhatWasAnalysed() {
        assertUsageError("--country: US is not among the countries analysed (RU,CN,IR); add it to --countries",
                "statements", "corpus", "--country", "us");
        assertUsageError("--country: unknown country code 'XX' (ISO 3166-1 alpha-2 or a country's name, e.g. RU, CN, IR, UK)", "statements", "corpus", "--country", "XX");
        assertUsageError("--country: unknown country code 'XX' (ISO 3166-1 alpha-2 or a country's name, e.g. RU, CN, IR, UK)", "actors", "--country", "XX");
        assertUsageError("--country: unknown country code 'XX' (ISO 3166-1 alpha-2 or a country's name, e.g. RU, CN, IR, UK)", "actors", "corpus", "--country", "XX");
        CliRun us = CliRun.run("statements", "corpus", "--countries", "RU,US", "--country", "US");
        assertEquals(ExitCode.OK, us.code(), us.err());
        assertTrue(us.out().contains("  US  Donald Trump"), us.out());
    }

    @Test
    void pipedInputIsReadWhenNoPathIsGiven() {
        CliRun run = CliRun.withInput(DOCUMENT, "summarize", "--format", "json");
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(run.out().contains("\"document\": \"stdin\""), run.out());
    }

    @Test
    void noPathAndATerminalForInputIsAUsageError() {
        System.setProperty("reactions.stdin.tty", "1");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"summarize"}, System.in, new ByteArrayOutputStream(), err);
        assertEquals(ExitCode.USAGE, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("reactions: no input: give directories, text files, or -"));
    }

    @Test
    void numbersAndSizesAreReadAndRefusedInTheUsersWords() throws Exception {
        assertUsageError("Invalid value for option '--min-confidence': 'abc' is not a number", "statements", "corpus", "--min-confidence", "abc");
        assertUsageError("Invalid value for option '--threads': 'two' is not a whole number", "summarize", "corpus", "--threads", "two");
        assertUsageError("Invalid value for option '--max-doc-bytes': '20 parsecs' is not a size (bytes, or with K, M or G: 20MB)",
                "summarize", "corpus", "--max-doc-bytes", "20 parsecs");
        Path doc = Files.writeString(dir.resolve("d.txt"), DOCUMENT);
        for (String size : new String[] {"20MB", "20m", "1GiB", "512k", "20971520"}) {
            assertEquals(ExitCode.OK, CliRun.run("summarize", doc.toString(), "--max-doc-bytes", size).code(), size);
        }
        CliRun tooSmall = CliRun.run("summarize", doc.toString(), "--max-doc-bytes", "10", "--format", "json");
        assertEquals(ExitCode.NOTHING_READABLE, tooSmall.code());
        assertEquals(new Numbers.ByteSize().convert("20MB"), 20L * 1024 * 1024);
    }

    @Test
    void unknownCommandsAndOptionsGetADidYouMean() {
        assertUsageError("unknown command 'sumarize' (did you mean summarize?)", "sumarize", "corpus");
        assertUsageError("unknown option '--contries' (did you mean --countries?)", "summarize", "corpus", "--contries", "RU");
    }

    @Test
    void wordValuesAreReadInAnyCaseAndAWrongOneIsOneLine() {
        assertUsageError("Invalid value for option '--count': 'all' is not claims or reports", "summarize", "corpus", "--count", "all");
        assertUsageError("Invalid value for option '--by': 'week' is not date (the only one there is)",
                "summarize", "corpus", "--format", "csv", "--by", "week");
        assertUsageError("Invalid value for option '--input-format': 'xml' is not one of text, html, jsonl, json",
                "summarize", "-", "--input-format", "xml");
        assertEquals(ExitCode.OK, CliRun.run("summarize", "corpus", "--count", " Reports ").code());
        assertEquals(ExitCode.OK, CliRun.run("summarize", "corpus", "--format", "csv", "--by", "DATE").code());
        CliRun feed = CliRun.withInput("{\"id\": \"a1\", \"text\": \"" + DOCUMENT.replace("\n", " ") + "\"}\n",
                "summarize", "-", "--input-format", "JSONL", "--format", "json");
        assertEquals(ExitCode.OK, feed.code(), feed.err());
        assertTrue(feed.out().contains("\"id\": \"a1\""), feed.out()); // read as a feed, not as text
    }

    @Test
    void enumValuesAreCaseInsensitive() throws Exception {
        CliRun run = CliRun.run("statements", "corpus", "--label", "warning", "--format", "JSON");
        assertEquals(ExitCode.OK, run.code(), run.err());
        JsonNode report = JSON.readTree(run.out());
        assertTrue(report.path("statements").size() > 0);
        report.path("statements").forEach(s -> assertTrue(s.path("labels").toString().contains("WARNING")));
        assertEquals(ExitCode.OK, CliRun.run("summarize", "corpus", "--color", "NEVER").code());
    }

    @Test
    void missingDataFilesSayNoSuchFile() throws Exception {
        assertUsageError("--actors: no-such.tsv: no such file or directory", "summarize", "corpus", "--actors", "no-such.tsv");
        assertUsageError("--stance-cues: no-such.tsv: no such file or directory", "summarize", "corpus", "--stance-cues", "no-such.tsv");
        assertUsageError("--name-model: no-such.bin: no such file or directory", "summarize", "corpus", "--name-model", "no-such.bin");
        assertUsageError("--actors: " + dir + ": is a directory", "summarize", "corpus", "--actors", dir.toString());
    }

    @Test
    void statementListsInJsonRecordEveryDocument() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), DOCUMENT);
        Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        CliRun run = CliRun.run("statements", good.toString(), bad.toString(), "--format", "json", "-q");
        assertEquals(ExitCode.SOME_FAILED, run.code());
        assertEquals("", run.err(), "-q: the report alone says what failed");
        JsonNode documents = JSON.readTree(run.out()).path("documents");
        assertEquals(2, documents.size());
        assertTrue(documents.get(0).path("error").isNull());
        assertEquals("binary file (contains NUL bytes), not text", documents.get(1).path("error").asText());
    }

    @Test
    void actorsOfUserFilesNameTheirFile() throws Exception {
        Path actors = Files.writeString(dir.resolve("mine.tsv"), "IR\tperson\tDariush Kamali\tPresidential adviser\tKamali\n");
        CliRun run = CliRun.run("actors", "--actors", actors.toString(), "--country", "IR");
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(run.out().contains("Dariush Kamali (Presidential adviser) [" + actors + "]"), run.out());
        assertFalse(run.out().contains("Dariush Kamali (Presidential adviser) [knowledge base]"));
        assertTrue(run.out().contains("[knowledge base]"), "bundled actors still say so");
    }

    @Test
    void aFileNameThatAsksForAnotherFormatThanTheOneGivenGetsAHint() {
        Path report = dir.resolve("x.json");
        CliRun run = CliRun.run("summarize", "corpus", "--format", "text", "-o", report.toString());
        assertEquals(ExitCode.OK, run.code());
        assertEquals("reactions: hint: " + report + " gets the text format; add --format json for json\n", run.err());
        assertEquals("", CliRun.run("summarize", "corpus", "--format", "json", "-o", report.toString()).err());
        assertEquals("", CliRun.run("summarize", "corpus", "-q", "--format", "text", "-o", report.toString()).err());
    }

    @Test
    void withoutFormatTheFileNameChoosesIt() throws IOException {
        Map<String, String> starts = Map.of("x.json", "{\n  \"schemaVersion\"", "x.jsonl", "{\"type\":\"statement\"", "x.csv", "id,document,",
                "x.md", "# Reactions by country", "x.txt", "Russia (RU)", "x.html", "<!DOCTYPE html>", "x.unknown", "Russia (RU)");
        for (Map.Entry<String, String> e : starts.entrySet()) {
            Path file = dir.resolve(e.getKey());
            CliRun run = CliRun.run("summarize", "corpus", "-o", file.toString());
            assertEquals(ExitCode.OK, run.code(), run.err());
            assertEquals("", run.err());
            assertTrue(Files.readString(file).startsWith(e.getValue()), e.getKey() + ": " + Files.readString(file).substring(0, 40));
        }
        Path list = dir.resolve("statements.jsonl");
        assertEquals(ExitCode.OK, CliRun.run("statements", "corpus", "-o", list.toString()).code());
        assertTrue(Files.readString(list).startsWith("{\"type\":\"statement\""), Files.readString(list).substring(0, 40));
        Path actors = dir.resolve("actors.csv");
        assertEquals(ExitCode.OK, CliRun.run("actors", "-o", actors.toString()).code());
        assertTrue(Files.readString(actors).startsWith("name,type,country"), Files.readString(actors).substring(0, 40));
    }

    @Test
    void explainReadsItsStatementIdAsATypeAndItsPathsAfterIt() {
        CliRun run = CliRun.run("explain", "000_5e1f9e76c6f91612#2079", "corpus", "src/test/resources/eval/iran-dev/articles");
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertUsageError("Invalid value for positional parameter at index 0 (DOC#N): 'doc#0' is not a statement id "
                + "(DOC#N, e.g. 002_d2fc831fd29a7dba#141)", "explain", "doc#0", "corpus");
        assertEquals(new StatementId("a#b", 3), new StatementId.Converter().convert("a#b#3"));
    }
}
