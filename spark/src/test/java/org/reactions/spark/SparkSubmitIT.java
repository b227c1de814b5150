package org.reactions.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged job through Spark's own submit path, as spark-submit runs it: SparkSubmit with Spark's jars only on
 * the classpath and reactions-spark.jar as the application (no Spark distribution can be installed here).
 */
class SparkSubmitIT {
    private static final Path JAR = Path.of("target/reactions-spark.jar");
    private static final Path SPARK_CLASSPATH = Path.of("target/spark-classpath.txt");

    @TempDir
    Path dir;

    private record Result(int code, String err) {
    }

    private Result submit(String... jobArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.addAll(List.of(System.getProperty("spark.addOpens").trim().split("\\s+")));
        command.addAll(List.of("-cp", Files.readString(SPARK_CLASSPATH).strip(), "org.apache.spark.deploy.SparkSubmit",
                "--master", "local[2]", "--conf", "spark.ui.enabled=false", "--class", "org.reactions.spark.ReactionsJob", JAR.toString()));
        command.addAll(List.of(jobArgs));
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "spark-submit finished");
        return new Result(process.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theSubmittedJarGivesTheCommandLinesSummary() throws Exception {
        Path out = dir.resolve("out");
        Result result = submit("--input", LocalSpark.CORPUS.toString(), "--output", out.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.err().contains("reactions-spark: 5 documents analysed, 0 could not be read"), result.err());
        java.util.regex.Matcher said = java.util.regex.Pattern.compile("reactions-spark: 5 documents analysed[^\n]*").matcher(result.err());
        assertTrue(said.find());
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains(said.group().replace(out.toString(), "out/")), "the README's sample run says what the job says: " + said.group());
        String cli = LocalSpark.cli("summarize", LocalSpark.CORPUS.toString(), "--format", "json");
        assertEquals(LocalSpark.withoutPaths(cli), LocalSpark.withoutPaths(Files.readString(out.resolve("summary.json"), StandardCharsets.UTF_8)));
    }

    @Test
    void aUsageErrorIsOneLineAndExitCodeTwo() throws Exception {
        Result result = submit("--input", LocalSpark.CORPUS.toString());
        assertEquals(2, result.code(), result.err());
        assertTrue(result.err().contains("reactions-spark: --input and --output are required\nusage: ReactionsJob --input PATH"), result.err());
    }
}
