package org.reactions.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.reactions.cli.Main;

/** One local Spark session for all tests (it takes seconds to start), and the command line to compare with. */
final class LocalSpark {
    static final Path CORPUS = Path.of("../corpus").toAbsolutePath().normalize();
    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("reactions-test")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .getOrCreate();
        }
        return session;
    }

    /** What a run of the job printed and returned. */
    record Run(int code, String err) {
    }

    static Run job(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ReactionsJob.run(session(), JobArguments.parse(args), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, err.toString(StandardCharsets.UTF_8));
    }

    /** The command line's standard output for these arguments, run in this JVM. */
    static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, java.io.InputStream.nullInputStream(), out, err);
        if (code != 0) {
            throw new AssertionError("reactions " + String.join(" ", args) + " exited " + code + ": " + err);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * A user file for a job. Spark keeps every file a job adds for the life of its context and gives it to every later
     * task, so these outlive the test that made them (a temporary directory would be gone for the next test).
     */
    static Path userFile(String name, String content) throws IOException {
        Path file = Path.of("target/user-files").toAbsolutePath().resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** The lines of the part files of a directory Spark wrote, in order. */
    static List<String> lines(Path directory) throws IOException {
        try (var parts = Files.list(directory)) {
            return parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted()
                    .flatMap(p -> {
                        try {
                            return Files.readAllLines(p, StandardCharsets.UTF_8).stream();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList();
        }
    }

    /** A JSON report with every document's path removed, to compare runs that read the same files by other paths. */
    static String withoutPaths(String report) {
        return report.replaceAll("(?m)^(\\s*\"path\": )\".*\"(,?)$", "$1null$2");
    }

    /** How many statements of a JSON report report an earlier claim (their claim is not their own id). */
    static long repeatedClaims(String report) throws IOException {
        long repeats = 0;
        for (com.fasterxml.jackson.databind.JsonNode s : new com.fasterxml.jackson.databind.ObjectMapper().readTree(report).get("statements")) {
            repeats += s.get("claim").asText().equals(s.get("id").asText()) ? 0 : 1;
        }
        return repeats;
    }
}
