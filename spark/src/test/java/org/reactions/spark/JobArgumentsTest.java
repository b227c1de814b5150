package org.reactions.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of the job, and the usage errors it reports in one line with exit code 2. */
class JobArgumentsTest {
    @TempDir
    Path dir;

    @Test
    void parsesEveryOption() {
        JobArguments args = JobArguments.parse("--input", "hdfs:///news/*.txt", "--output", "out", "--countries", "tr,IN",
                "--actors", "a.tsv", "--actors", "b.tsv", "--stance-cues", "c.tsv", "--input-format", "json", "--partitions", "64",
                "--max-doc-bytes", "1000", "--voices", "official, SOURCE");
        assertEquals(new JobArguments("hdfs:///news/*.txt", "out", List.of("tr", "IN"), List.of("a.tsv", "b.tsv"), List.of("c.tsv"),
                JobArguments.InputFormat.JSON, 64, 1000, java.util.Set.of(org.reactions.statements.Voice.OFFICIAL,
                org.reactions.statements.Voice.SOURCE)), args);
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
