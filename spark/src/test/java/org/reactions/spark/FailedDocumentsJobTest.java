package org.reactions.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A malformed document is a failed document in the output, never a failed job. */
class FailedDocumentsJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private List<JsonNode> documents(Path out) throws Exception {
        List<JsonNode> documents = new ArrayList<>();
        for (String line : LocalSpark.lines(out.resolve("documents.jsonl"))) {
            documents.add(JSON.readTree(line));
        }
        return documents;
    }

    @Test
    void badFilesAreFailedDocumentsAndTheRestIsAnalysed() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("a-good.txt"), "Russia condemned the strikes, the Foreign Ministry said.\n");
        Files.write(input.resolve("b-binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        Files.write(input.resolve("c-empty.txt"), new byte[0]);
        Files.writeString(input.resolve("d-large.txt"), "Russia condemned the strikes. ".repeat(20));
        Files.write(input.resolve("e-latin1.txt"), "Lavrov said the strikes were \u201cunacceptable\u201d.".getBytes("windows-1252"));
        Path out = dir.resolve("out");
        LocalSpark.Run run = LocalSpark.job("--input", input.toString(), "--output", out.toString(), "--max-doc-bytes", "500",
                "--partitions", "2");
        assertEquals(1, run.code(), run.err());
        List<JsonNode> documents = documents(out);
        assertEquals(List.of("a-good", "b-binary", "c-empty", "d-large", "e-latin1"), documents.stream().map(d -> d.get("id").asText()).toList());
        assertTrue(documents.get(0).get("error").isNull());
        assertEquals("binary file (contains NUL bytes), not text", documents.get(1).get("error").asText());
        assertEquals("empty document (no text to analyse)", documents.get(2).get("error").asText());
        assertEquals("document is 600 bytes, over the --max-doc-bytes limit of 500; skipped", documents.get(3).get("error").asText());
        assertEquals("not valid UTF-8; decoded as Windows-1252", documents.get(4).get("warnings").get(0).asText());
        assertTrue(run.err().contains("b-binary.txt: binary file (contains NUL bytes), not text"), run.err());
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals(5, summary.get("documents").size());
        assertEquals(2, summary.get("statements").size());
    }

    @Test
    void aRowWithoutTextOrABrokenLineIsAFailedDocument() throws Exception {
        Path input = dir.resolve("articles.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\": \"a\", \"text\": \"Russia condemned the strikes, the Foreign Ministry said.\", \"date\": \"2026-03-04\"}",
                "{\"id\": \"b\", \"date\": \"2026-03-04\"}",
                "{\"id\": \"c\", \"text\": \"this line is not JSON",
                "{\"id\": \"d\", \"text\": \"China urged restraint, the ministry said.\", \"date\": \"not a date\"}") + "\n");
        Path out = dir.resolve("out");
        LocalSpark.Run run = LocalSpark.job("--input", input.toString(), "--output", out.toString());
        assertEquals(1, run.code(), run.err());
        List<JsonNode> documents = documents(out);
        assertEquals(4, documents.size());
        assertEquals("2026-03-04", documents.get(0).get("date").asText());
        assertEquals(input + "#2", documents.get(1).get("path").asText());
        assertEquals("row has no text", documents.get(1).get("error").asText());
        assertEquals("row has no text", documents.get(2).get("error").asText());
        assertEquals("date column 'not a date' is not a valid date; ignored", documents.get(3).get("warnings").get(0).asText());
        assertEquals(2, JSON.readTree(out.resolve("summary.json").toFile()).get("statements").size());
    }

    @Test
    void nothingReadableIsExitCodeThree() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.write(input.resolve("empty.txt"), new byte[0]);
        LocalSpark.Run run = LocalSpark.job("--input", input.toString(), "--output", dir.resolve("out").toString());
        assertEquals(3, run.code(), run.err());
        assertTrue(run.err().contains("reactions-spark: no document could be read"), run.err());
        LocalSpark.Run none = LocalSpark.job("--input", dir.resolve("missing").toString(), "--output", dir.resolve("out2").toString());
        assertEquals(3, none.code(), none.err());
    }
}
