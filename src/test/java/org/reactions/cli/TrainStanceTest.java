package org.reactions.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reactions.pipeline.ExitCode;

/**
 * {@code reactions train-stance} on a small sample of the stance corpus (the first lines of four crises) and on a gold
 * file with its articles: the same annotations give the same model byte for byte, the model works with
 * {@code --stance-model}, and bad annotations are one-line usage errors.
 */
class TrainStanceTest {
    private static final int LINES_PER_CRISIS = 15;

    @TempDir
    static Path dir;
    static Path sample;

    @BeforeAll
    static void sample() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("data/stance"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().limit(4).toList()) {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8).subList(0, LINES_PER_CRISIS));
            }
        }
        sample = dir.resolve("sample.jsonl");
        Files.write(sample, lines, StandardCharsets.UTF_8);
    }

    @Test
    void theSameAnnotationsGiveTheSameModelByteForByteAndItLabels() throws IOException {
        Path first = dir.resolve("first.bin");
        Path second = dir.resolve("second.bin");
        String gold = "src/test/resources/eval/crisis2-dev/gold.json";
        CliRun one = CliRun.run("train-stance", sample.toString(), gold, "-o", first.toString());
        CliRun two = CliRun.run("train-stance", sample.toString(), gold, "-o", second.toString(), "-q");
        assertEquals(0, one.code(), one.err());
        assertEquals(0, two.code(), two.err());
        assertTrue(one.err().contains((4 * LINES_PER_CRISIS + goldStatements(gold)) + " statements"), one.err());
        assertEquals("", two.err());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));

        CliRun run = CliRun.run("summarize", "corpus", "--stance-model", first.toString(), "--format", "json", "-q");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("\"labels\""), run.out());
    }

    private static long goldStatements(String gold) throws IOException {
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Path.of(gold).toFile());
        long n = 0;
        for (com.fasterxml.jackson.databind.JsonNode doc : root.path("documents")) {
            for (com.fasterxml.jackson.databind.JsonNode s : doc.path("statements")) {
                n += s.path("required").asBoolean(true) ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void badAnnotationsAndModelsAreOneLineUsageErrors() throws IOException {
        Path badLabel = dir.resolve("bad-label.jsonl");
        Files.writeString(badLabel, Files.readAllLines(sample).get(0).replaceFirst("\"labels\": \\[[^]]*]", "\"labels\": [\"PRAISE\"]") + "\n");
        Path notJson = dir.resolve("not-json.jsonl");
        Files.writeString(notJson, "{\"crisis\": \n");
        Path notAModel = dir.resolve("not-a-model.bin");
        Files.writeString(notAModel, "hello");
        Path cutShort = dir.resolve("cut-short.bin");
        try (var in = TrainStanceTest.class.getResourceAsStream("/reactions/stance/model.bin")) {
            Files.write(cutShort, in.readNBytes(4096));
        }
        List<CliRun> runs = List.of(
                CliRun.run("train-stance", dir.resolve("missing.jsonl").toString(), "-o", dir.resolve("m.bin").toString()),
                CliRun.run("train-stance", badLabel.toString(), "-o", dir.resolve("m.bin").toString()),
                CliRun.run("train-stance", notJson.toString(), "-o", dir.resolve("m.bin").toString()),
                CliRun.run("train-stance", sample.toString()),
                CliRun.run("summarize", "corpus", "--stance-model", notAModel.toString()),
                CliRun.run("summarize", "corpus", "--stance-model", dir.resolve("missing.bin").toString()),
                CliRun.run("summarize", "corpus", "--stance-model", cutShort.toString()));
        for (CliRun run : runs) {
            assertEquals(ExitCode.USAGE, run.code(), run.err());
            assertTrue(run.errorsAreOneLiners(), run.err());
            assertEquals(1, run.err().lines().filter(line -> line.startsWith("reactions:")).count(), run.err());
        }
        assertTrue(runs.get(1).err().contains("bad-label.jsonl:1") && runs.get(1).err().contains("PRAISE"), runs.get(1).err());
        assertTrue(runs.get(2).err().contains("not-json.jsonl:1"), runs.get(2).err());
        assertTrue(runs.get(4).err().contains("not a reactions stance model"), runs.get(4).err());
        assertTrue(runs.get(6).err().contains("ends too early"), runs.get(6).err());
    }
}
