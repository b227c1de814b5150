package org.reactions.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twenty thousand documents over many partitions, reprinting the corpus's paragraphs: the merged summary, claims
 * included, is the command line's byte for byte ({@code -Dreactions.largeCorpus=N} for another size).
 */
class LargeCorpusJobTest {
    private static final int DOCUMENTS = Integer.getInteger("reactions.largeCorpus", 20_000);

    @TempDir
    static Path dir;

    /** Documents of two to four paragraphs of the bundled corpus, drawn with a fixed seed. */
    private static Path generate() throws IOException {
        List<String> paragraphs = new ArrayList<>();
        try (var files = Files.list(LocalSpark.CORPUS)) {
            for (Path file : files.sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && !line.startsWith("date ")) {
                        paragraphs.add(line);
                    }
                }
            }
        }
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Random random = new Random(14);
        for (int d = 0; d < DOCUMENTS; d++) {
            StringBuilder text = new StringBuilder();
            for (int p = 2 + random.nextInt(3); p > 0; p--) {
                text.append(paragraphs.get(random.nextInt(paragraphs.size()))).append('\n');
            }
            Files.writeString(corpus.resolve(String.format("doc-%05d.txt", d)), text, StandardCharsets.UTF_8);
        }
        return corpus;
    }

    @Test
    void twentyThousandDocumentsOverManyPartitionsGiveTheCommandLinesSummary() throws Exception {
        Path corpus = generate();
        Path out = dir.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        JobRun.Result result = new JobRun(LocalSpark.session(), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(JobArguments.parse("--input", corpus.toString(), "--output", out.toString(), "--partitions", "12"));
        assertEquals(DOCUMENTS, result.documents(), err.toString(StandardCharsets.UTF_8));
        assertEquals(0, result.failedDocuments());
        assertTrue(result.partitions() >= 8, "merged " + result.partitions() + " partition accumulators");

        // the generated documents reprint paragraphs: the job groups them into the command line's claims
        String cli = LocalSpark.cli("summarize", corpus.toString(), "--format", "json");
        String job = Files.readString(out.resolve("summary.json"), StandardCharsets.UTF_8);
        assertTrue(result.statements() > DOCUMENTS, "the documents hold statements: " + result.statements());
        long repeated = LocalSpark.repeatedClaims(job);
        assertTrue(repeated > 0, "no statement reports an earlier claim");
        System.out.printf("%d documents, %d statements, %d of them reports of an earlier claim%n", result.documents(),
                result.statements(), repeated);
        assertEquals(LocalSpark.withoutPaths(cli), LocalSpark.withoutPaths(job));
        assertEquals(result.statements(), LocalSpark.lines(out.resolve("statements.jsonl")).size());
    }
}
