package org.reactions.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The options the job shares with {@code reactions summarize} (--count, --since and --until, --field) give the job's
 * summary.json the command line's report with the same options, on the corpus and on the corpus with a feed of reprints.
 */
class SummarizeOptionsJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The job's summary and the command line's, without paths, for the same input and options. */
    private String[] summaries(Path input, String... options) throws Exception {
        Path out = dir.resolve("out-" + String.join("", options).replaceAll("[^a-z0-9]", ""));
        List<String> job = new ArrayList<>(List.of("--input", input.toString(), "--output", out.toString()));
        job.addAll(List.of(options));
        LocalSpark.Run run = LocalSpark.job(job.toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
        List<String> cli = new ArrayList<>(List.of("summarize", input.toString(), "--format", "json"));
        cli.addAll(List.of(options));
        return new String[] {LocalSpark.withoutPaths(LocalSpark.cli(cli.toArray(String[]::new))),
            LocalSpark.withoutPaths(Files.readString(out.resolve("summary.json"))), run.err()};
    }

    /** The corpus, and the reprints feed with its fields named as an API might name them (story_id, body, published_at). */
    private Path corpusWithRenamedFeed() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        try (var files = Files.list(LocalSpark.CORPUS)) {
            for (Path file : files.toList()) {
                Files.copy(file, input.resolve(file.getFileName()));
            }
        }
        List<String> renamed = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("../src/test/resources/feeds/reprints.jsonl"), StandardCharsets.UTF_8)) {
            ObjectNode article = (ObjectNode) JSON.readTree(line);
            article.set("story_id", article.remove("id"));
            article.set("body", article.remove("text"));
            article.set("published_at", article.remove("date"));
            renamed.add(JSON.writeValueAsString(article));
        }
        Files.write(input.resolve("wire.jsonl"), renamed, StandardCharsets.UTF_8);
        return input;
    }

    @Test
    void everyReportIsCountedAsTheCommandLineCountsIt() throws Exception {
        String[] reports = summaries(corpusWithRenamedFeed(), "--field", "id=story_id,text=body", "--field", "date=published_at",
                "--count", "Reports");
        assertEquals(reports[0], reports[1]);
        assertTrue(LocalSpark.repeatedClaims(reports[1]) > 0, "the feed's reprints report an earlier claim");
        String claims = LocalSpark.withoutPaths(LocalSpark.cli("summarize", dir.resolve("in").toString(), "--format", "json",
                "--field", "id=story_id,text=body,date=published_at"));
        assertNotEquals(claims, reports[1], "counting every report counts the reprints' labels again");
    }

    @Test
    void aFeedsFieldsAreNamedAsTheCommandLineNamesThem() throws Exception {
        Path input = corpusWithRenamedFeed();
        String[] named = summaries(input, "--field", "id=story_id,text=body,date=published_at");
        assertEquals(named[0], named[1]);
        assertTrue(named[1].contains("\"globalwire-0302\""), "the feed's articles are read with their ids");
    }

    @Test
    void documentsDatedOutsideTheDaysAreLeftOutAsTheCommandLineLeavesThemOut() throws Exception {
        String[] since = summaries(LocalSpark.CORPUS, "--since", "2026-03-05");
        assertEquals(since[0], since[1]);
        assertTrue(since[2].contains("reactions-spark: 1 document dated outside --since/--until left out\n"), since[2]);
        assertTrue(since[2].contains("reactions-spark: 4 documents analysed"), since[2]);
        String[] until = summaries(LocalSpark.CORPUS, "--until", "2026-03-04");
        assertEquals(until[0], until[1]);
        assertTrue(until[2].contains("5 documents analysed") && !until[2].contains("left out"), until[2]);
    }
}
