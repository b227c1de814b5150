package org.reactions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reactions.pipeline.ExitCode;

/** --voices: which voices count in a summary and a list (official only by default), and every format shows the voice. */
class VoicesOptionTest {
    @TempDir
    Path dir;

    private Path document() throws Exception {
        return Files.writeString(dir.resolve("d.txt"), "Sources close to the Kremlin said Moscow was furious.\n\n"
                + "The Kremlin said Moscow condemned the strikes.\n");
    }

    private static JsonNode russia(CliRun run) throws Exception {
        assertEquals(ExitCode.OK, run.code(), run.err());
        return new ObjectMapper().readTree(run.out()).path("countries").get(0);
    }

    @Test
    void aSummaryCountsOfficialVoicesUnlessAskedForMore() throws Exception {
        String doc = document().toString();
        assertEquals(1, russia(CliRun.run("summarize", doc, "--format", "json")).path("statements").asInt());
        assertEquals(2, russia(CliRun.run("summarize", doc, "--format", "json", "--voices", "official,source")).path("statements").asInt());
        assertEquals(1, russia(CliRun.run("summarize", doc, "--format", "json", "--voices", "source")).path("statements").asInt());
    }

    @Test
    void theStatementsShowTheirVoiceInEveryFormat() throws Exception {
        String doc = document().toString();
        CliRun jsonl = CliRun.run("statements", doc, "--format", "jsonl", "--voices", "source,official");
        String[] lines = jsonl.out().split("\n");
        assertEquals("source", new ObjectMapper().readTree(lines[0]).path("voice").asText());
        assertTrue(new ObjectMapper().readTree(lines[0]).path("reportedBy").isNull(), lines[0]);
        assertEquals("official", new ObjectMapper().readTree(lines[1]).path("voice").asText());
        String csv = CliRun.run("statements", doc, "--format", "csv", "--voices", "source").out();
        assertTrue(csv.lines().findFirst().orElseThrow().endsWith(",voice,reported_by"), csv);
        assertTrue(csv.lines().skip(1).findFirst().orElseThrow().endsWith(",source,"), csv);
        String text = CliRun.run("statements", doc, "--voices", "source").out();
        assertTrue(text.lines().findFirst().orElseThrow().endsWith(" 0.71  source"), text);
    }

    @Test
    void reportedWordsCountForTheirSpeakersCountryOnlyWhenAskedAndNameTheirReporter() throws Exception {
        String doc = Files.writeString(dir.resolve("r.txt"), "Araghchi said Lavrov had told him that Russia stood by Iran.\n").toString();
        CliRun official = CliRun.run("summarize", doc, "--format", "json", "--countries", "RU,IR");
        assertEquals(ExitCode.OK, official.code(), official.err());
        assertEquals(0, new ObjectMapper().readTree(official.out()).path("statements").size(), official.out());
        CliRun reported = CliRun.run("statements", doc, "--format", "jsonl", "--countries", "RU,IR", "--voices", "reported");
        JsonNode s = new ObjectMapper().readTree(reported.out());
        assertEquals("RU", s.path("country").asText());
        assertEquals("reported", s.path("voice").asText());
        assertEquals("Abbas Araghchi", s.path("reportedBy").asText());
        assertTrue(CliRun.run("statements", doc, "--voices", "reported").out().contains("  reported by Abbas Araghchi\n"));
    }

    @Test
    void anUnknownVoiceIsAUsageError() throws Exception {
        CliRun run = CliRun.run("summarize", document().toString(), "--voices", "rumour");
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.err().contains("--voices"), run.err());
    }
}
