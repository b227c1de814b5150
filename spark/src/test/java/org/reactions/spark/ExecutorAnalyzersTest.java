package org.reactions.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Models and knowledge are loaded once per executor JVM, however many tasks and partitions use them. */
class ExecutorAnalyzersTest {
    @TempDir
    Path dir;

    @Test
    void oneLoadPerJvmForManyPartitionsAndRuns() throws Exception {
        Path actors = LocalSpark.userFile("only-this-test-actors.tsv", "TR\tperson\tHakan Fidan\tForeign Minister\tFidan\n");
        String[] common = {"--input", LocalSpark.CORPUS.toString(), "--partitions", "5", "--countries", "TR,RU", "--actors", actors.toString()};
        int before = ExecutorAnalyzers.loads();
        assertEquals(0, LocalSpark.job(concat(common, "--output", dir.resolve("first").toString())).code());
        assertEquals(before + 1, ExecutorAnalyzers.loads(), "five partitions on two task threads, one load");
        assertEquals(0, LocalSpark.job(concat(common, "--output", dir.resolve("second").toString())).code());
        assertEquals(before + 1, ExecutorAnalyzers.loads(), "a second job with the same settings loads nothing");
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
