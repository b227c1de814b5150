package org.reactions.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reactions.cli.Main;
import org.reactions.corpus.DateRange;
import org.reactions.corpus.FeedFields;
import org.reactions.pipeline.Counting;

/** The command line of the job, and the usage errors it reports in one line with exit code 2. */
class JobArgumentsTest {
    @TempDir
    Path dir;

    @Test
    void parsesEveryOption() {
        JobArguments args = JobArguments.parse("--input", "hdfs:///news/*.txt", "--output", "out", "--countries", "tr,IN",
                "--actors", "a.tsv", "--actors", "b.tsv", "--stance-cues", "c.tsv", "--input-format", "json", "--partitions", "64",
                "--max-doc-bytes", "1000", "--voices", "official, SOURCE", "--count", " Reports", "--field", "text=body,date=published_at",
                "--field", "id=story_id", "--since", "2026-03-01", "--until", "2026-03-31");
        assertEquals(new JobArguments("hdfs:///news/*.txt", "out", List.of("tr", "IN"), List.of("a.tsv", "b.tsv"), List.of("c.tsv"),
                JobArguments.InputFormat.JSON, 64, 1000, java.util.Set.of(org.reactions.statements.Voice.OFFICIAL,
                org.reactions.statements.Voice.SOURCE), Counting.REPORTS, FeedFields.DEFAULT.with(Map.of("text", "body", "date",
                "published_at", "id", "story_id")), new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))), args);
        JobArguments defaults = JobArguments.parse("--input", "in", "--output", "out");
        assertEquals(List.of(Counting.CLAIMS, FeedFields.DEFAULT, DateRange.ALL), List.of(defaults.count(), defaults.feedFields(), defaults.dates()));
        assertEquals(java.util.Set.of(org.reactions.statements.Voice.OFFICIAL), JobArguments.parse("--input", "in", "--output", "out").voices());
        assertEquals(List.of("RU", "CN", "IR"), JobArguments.parse("--input", "in", "--output", "out").countries());
    }

    @Test
    void badCommandLinesSayWhatIsWrong() {
        assertEquals("--input and --output are required",
                assertThrows(UsageException.class, () -> JobArguments.parse("--input", "in")).getMessage());
        assertEquals("--partitions must be a positive whole number, not '0'",
                assertThrows(UsageException.class, () -> JobArguments.parse("--partitions", "0")).getMessage());
        assertEquals("unknown option '--format'",
                assertThrows(UsageException.class, () -> JobArguments.parse("--format", "json")).getMessage());
        assertEquals("--output needs a value", assertThrows(UsageException.class, () -> JobArguments.parse("--output")).getMessage());
        assertEquals("--voices: 'rumours' is not one of official, source, reported",
                assertThrows(UsageException.class, () -> JobArguments.parse("--voices", "official,rumours")).getMessage());
    }

    /** The options the job shares with the command line say what is wrong in the command line's words, after the option. */
    @Test
    void sharedOptionsHaveTheCommandLinesUsageErrors() {
        for (String[] wrong : List.of(new String[] {"--count", "all"}, new String[] {"--since", "March"},
                new String[] {"--until", "2026-13-01"}, new String[] {"--since", "2026-03-05", "--until", "2026-03-01"},
                new String[] {"--field", "body=text"}, new String[] {"--field", "text"}, new String[] {"--voices", "rumours"})) {
            List<String> job = new ArrayList<>(List.of("--input", "in", "--output", "out"));
            job.addAll(List.of(wrong));
            String message = assertThrows(UsageException.class, () -> JobArguments.parse(job.toArray(String[]::new))).getMessage();
            List<String> cli = new ArrayList<>(List.of("summarize", LocalSpark.CORPUS.toString()));
            cli.addAll(List.of(wrong));
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertEquals(2, Main.run(cli.toArray(String[]::new), InputStream.nullInputStream(), OutputStream.nullOutputStream(), err));
            String said = err.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
            // picocli says "Invalid value for option '--count': " where the job says "--count: "
            assertEquals(said.replaceFirst("Invalid value for option '(--[a-z]+)'[^:]*: ", "$1: "), "reactions: " + message);
        }
    }

    @Test
    void usageErrorsFoundOnTheDriverAreExitCodeTwo() throws Exception {
        String corpus = LocalSpark.CORPUS.toString();
        LocalSpark.Run country = LocalSpark.job("--input", corpus, "--output", dir.resolve("a").toString(), "--countries", "RU,XX");
        assertEquals(2, country.code());
        assertEquals("reactions-spark: --countries: unknown country code 'XX' (ISO 3166-1 alpha-2 or a country's name, e.g. RU, CN, IR, UK)\n", country.err());

        Path exists = Files.createDirectories(dir.resolve("exists"));
        LocalSpark.Run output = LocalSpark.job("--input", corpus, "--output", exists.toString());
        assertEquals(2, output.code());
        assertTrue(output.err().contains("already exists"), output.err());

        Path badActors = LocalSpark.userFile("bad-actors.tsv", "RU\tperson\n");
        LocalSpark.Run actors = LocalSpark.job("--input", corpus, "--output", dir.resolve("b").toString(), "--actors", badActors.toString());
        assertEquals(2, actors.code());
        assertTrue(actors.err().startsWith("reactions-spark: --actors: "), actors.err());
    }
}
