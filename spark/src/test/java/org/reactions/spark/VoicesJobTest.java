package org.reactions.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --voices counts the same statements in the job as on the command line: official only by default, sources when asked. */
class VoicesJobTest {
    @TempDir
    Path dir;

    private String job(Path input, String... voices) throws Exception {
        Path out = dir.resolve("out" + voices.length);
        String[] args = voices.length == 0 ? new String[] {"--input", input.toString(), "--output", out.toString()}
                : new String[] {"--input", input.toString(), "--output", out.toString(), "--voices", voices[0]};
        LocalSpark.Run run = LocalSpark.job(args);
        assertEquals(0, run.code(), run.err());
        return LocalSpark.withoutPaths(Files.readString(out.resolve("summary.json")));
    }

    @Test
    void theJobCountsTheVoicesTheCommandLineCounts() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("a.txt"), "Sources close to the Kremlin said Moscow was furious about the strikes.\n\n"
                + "The Kremlin said Moscow condemned the strikes on Iran.\n");
        String officials = job(input);
        String withSources = job(input, "official,source");
        assertEquals(LocalSpark.withoutPaths(LocalSpark.cli("summarize", input.toString(), "--format", "json")), officials);
        assertEquals(LocalSpark.withoutPaths(LocalSpark.cli("summarize", input.toString(), "--format", "json", "--voices", "official,source")),
                withSources);
        assertNotEquals(officials, withSources, "the source's statement counts only when asked for");
    }
}
