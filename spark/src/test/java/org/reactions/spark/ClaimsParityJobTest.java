package org.reactions.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reprinted articles spread over partitions: the job groups them into the command line's claims, so that its summary
 * under the default counting (each claim once) is the command line's byte for byte; web pages and feeds too.
 */
class ClaimsParityJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The job's summary.json and the command line's report of the same directory, without paths. */
    private String[] reports(Path input, String partitions) throws Exception {
        Path out = dir.resolve("out");
        LocalSpark.Run run = LocalSpark.job("--input", input.toString(), "--output", out.toString(), "--partitions", partitions);
        assertEquals(0, run.code(), run.err());
        String cli = LocalSpark.cli("summarize", input.toString(), "--format", "json");
        return new String[] {LocalSpark.withoutPaths(cli), LocalSpark.withoutPaths(Files.readString(out.resolve("summary.json")))};
    }

    /** Some statement reports an earlier claim, and the job's report is the command line's. */
    private static void assertClaimedAsTheCommandLine(String[] reports) throws Exception {
        assertTrue(LocalSpark.repeatedClaims(reports[1]) > 0, "no statement reports an earlier claim");
        assertEquals(reports[0], reports[1]);
    }

    @Test
    void copiesOfTheCorpusUnderOtherNamesAreClaimedAsTheCommandLineClaimsThem() throws Exception {
        Path input = Files.createDirectories(dir.resolve("copies"));
        try (var files = Files.list(LocalSpark.CORPUS)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                // the copies sort before, between and after the originals, so reprints cross partitions both ways
                for (String copy : new String[] {"a-wire-" + name, name, "m-ledger-" + name, "z-herald-" + name}) {
                    Files.copy(file, input.resolve(copy));
                }
            }
        }
        assertClaimedAsTheCommandLine(reports(input, "7"));
    }

    @Test
    void trimmedReprintsOfAWireStoryAreClaimedAsTheCommandLineClaimsThem() throws Exception {
        Path input = Files.createDirectories(dir.resolve("reprints"));
        Path feed = Path.of("../src/test/resources/feeds/reprints.jsonl").toAbsolutePath().normalize();
        int n = 0;
        for (String line : Files.readAllLines(feed, StandardCharsets.UTF_8)) {
            JsonNode article = JSON.readTree(line);
            // each article in three places of the run, as a text file with its date line
            String text = "date " + article.get("date").asText() + "\n\n" + article.get("text").asText() + "\n";
            for (String prefix : new String[] {"a", "k", "t"}) {
                Files.writeString(input.resolve(prefix + "-" + n + "-" + article.get("id").asText() + ".txt"), text, StandardCharsets.UTF_8);
            }
            n++;
        }
        assertClaimedAsTheCommandLine(reports(input, "4"));
    }

    @Test
    void webPagesAndFeedsAmongTextFilesAreReadAsTheCommandLineReadsThem() throws Exception {
        Path input = Files.createDirectories(dir.resolve("pages"));
        Path feeds = Path.of("../src/test/resources/feeds").toAbsolutePath().normalize();
        Files.copy(feeds.resolve("reprints.jsonl"), input.resolve("a-reprints.jsonl"));
        Files.copy(feeds.resolve("reprints.jsonl"), input.resolve("m-reprints.ndjson"));
        Files.copy(feeds.resolve("reprints.jsonl"), input.resolve("z-reprints.JSONL"));
        Path pages = Path.of("../src/test/resources/html").toAbsolutePath().normalize();
        try (var files = Files.list(pages)) {
            for (Path page : files.sorted().toList()) {
                Files.copy(page, input.resolve(page.getFileName()));
                Files.copy(page, input.resolve("copy-" + page.getFileName().toString().replace(".html", ".HTM")));
            }
        }
        try (var files = Files.list(LocalSpark.CORPUS)) {
            for (Path file : files.sorted().toList()) {
                Files.copy(file, input.resolve(file.getFileName()));
            }
        }
        String[] reports = reports(input, "3");
        long titled = 0;
        for (JsonNode document : JSON.readTree(reports[1]).get("documents")) {
            titled += document.get("title").isTextual() ? 1 : 0;
        }
        assertTrue(titled > 10, "each web page's and article's title is read: " + titled);
        assertClaimedAsTheCommandLine(reports);
    }
}
