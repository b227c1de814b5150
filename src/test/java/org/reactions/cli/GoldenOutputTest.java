package org.reactions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reactions.pipeline.ExitCode;

/**
 * The whole command line on the bundled corpus, compared byte for byte with a reviewed, checked-in JSON report.
 * When the output changes on purpose, rerun with {@code -Dgolden.update=true}, read the diff of
 * src/test/resources/golden/corpus.json by eye, and commit it.
 */
class GoldenOutputTest {
    private static final Path EXPECTED = Path.of("src/test/resources/golden/corpus.json");

    @Test
    void corpusReportIsTheReviewedOne() throws Exception {
        CliRun run = CliRun.run("summarize", "corpus", "--format", "json", "--threads", "1");
        assertEquals(ExitCode.OK, run.code(), run.err());
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(EXPECTED.getParent());
            Files.writeString(EXPECTED, run.out(), StandardCharsets.UTF_8);
            return;
        }
        String expected = Files.readString(EXPECTED, StandardCharsets.UTF_8);
        if (!expected.equals(run.out())) {
            Path actual = Path.of("target/golden/corpus.json");
            Files.createDirectories(actual.getParent());
            Files.writeString(actual, run.out(), StandardCharsets.UTF_8);
            fail("the report differs from " + EXPECTED + "; see diff " + EXPECTED + " " + actual
                    + " (rerun with -Dgolden.update=true once the change is reviewed)");
        }
    }

    @Test
    void sameInputSameBytesWhateverTheThreads() {
        CliRun one = CliRun.run("summarize", "corpus", "--format", "json", "--threads", "1");
        CliRun four = CliRun.run("summarize", "corpus", "--format", "json", "--threads", "4");
        assertEquals(one.out(), four.out());
    }
}
