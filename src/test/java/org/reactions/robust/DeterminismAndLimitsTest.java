package org.reactions.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reactions.cli.Main;

/** Same input, same bytes; bounded memory; an interrupted run never damages the previous report. */
class DeterminismAndLimitsTest {
    @TempDir
    Path dir;

    private static String json(String... args) {
        List<String> all = new ArrayList<>(List.of("summarize", "--format", "json"));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(all.toArray(String[]::new), new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream());
        assertEquals(0, code);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void repeatedRunsGiveTheSameBytes() {
        String first = json("corpus", "src/test/resources/eval/iran-dev/articles");
        for (int i = 0; i < 3; i++) {
            assertEquals(first, json("corpus", "src/test/resources/eval/iran-dev/articles"));
        }
    }

    @Test
    void theNumberOfThreadsDoesNotChangeTheBytes() {
        String one = json("src/test/resources/eval/iran-dev/articles", "--threads", "1");
        assertEquals(one, json("src/test/resources/eval/iran-dev/articles", "--threads", "2"));
        assertEquals(one, json("src/test/resources/eval/iran-dev/articles", "--threads", "7"));
    }

    @Test
    void theFileSystemListingOrderDoesNotChangeTheBytes() throws Exception {
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of("src/test/resources/eval/iran-dev/articles"))) {
            files = new ArrayList<>(listing.toList());
        }
        Path corpus = dir.resolve("corpus");
        List<String> reports = new ArrayList<>();
        for (long seed : new long[] {1, 2, 3}) {
            Collections.shuffle(files, new java.util.Random(seed)); // created in another order, so listed in another order
            Files.createDirectory(corpus);
            for (Path file : files) {
                Files.copy(file, corpus.resolve(file.getFileName()));
            }
            reports.add(json(corpus.toString()));
            try (Stream<Path> created = Files.list(corpus)) {
                for (Path file : created.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(corpus);
        }
        assertEquals(reports.get(0), reports.get(1));
        assertEquals(reports.get(0), reports.get(2));
    }

    /** The heap the launcher gives the JVM, read from the launcher so that the test follows it. */
    private static String launcherHeap() throws Exception {
        Matcher m = Pattern.compile("REACTIONS_HEAP:-(\\w+)}").matcher(Files.readString(Path.of("reactions")));
        assertTrue(m.find(), "the launcher bounds the heap");
        return m.group(1);
    }

    private Process cli(List<String> args, Path out) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + launcherHeap(), "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "org.reactions.cli.Main"));
        command.addAll(args);
        return new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void aFiftyMegabyteInputRunsWithinTheLaunchersHeap() throws Exception {
        Path big = dir.resolve("big.txt");
        String[] paragraphs = {
            "The delegation travelled to the capital on the morning of the visit and met local leaders for several hours.",
            "Trade figures for the quarter showed a modest rise in exports of grain, steel and machinery to the region.",
            "Moscow urged restraint. \u201CWe condemn the strikes,\u201D Lavrov said.",
        };
        try (var out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            long written = 0;
            for (int i = 0; written < 50L * 1024 * 1024; i++) {
                String line = paragraphs[i % 40 == 0 ? 2 : i % 2] + "\n";
                out.write(line);
                written += line.length();
            }
        }
        Path report = dir.resolve("report.json");
        Process run = cli(List.of("summarize", big.toString(), "--max-doc-bytes", "60000000", "--format", "json", "-o", report.toString()),
                dir.resolve("stdout"));
        assertTrue(run.waitFor(10, TimeUnit.MINUTES), "finished");
        assertEquals(0, run.exitValue(), "a 50 MB document is analysed in parts, within the heap");
        assertTrue(Files.size(report) > 1_000_000);
    }

    @Test
    void anInterruptedRunLeavesThePreviousReportIntact() throws Exception {
        Path corpus = Files.createDirectory(dir.resolve("many"));
        for (int i = 0; i < 400; i++) {
            Files.writeString(corpus.resolve(String.format("d%03d.txt", i)),
                    "Moscow urged restraint. \u201CWe condemn the strikes,\u201D Lavrov said. ".repeat(200));
        }
        Path report = Files.writeString(dir.resolve("report.json"), "the previous report\n");
        Process run = cli(List.of("summarize", corpus.toString(), "--format", "json", "--threads", "1", "-o", report.toString()),
                dir.resolve("stdout"));
        Thread.sleep(2500); // well into the run, which takes longer
        assertTrue(run.isAlive(), "the run was still going");
        run.destroy(); // SIGTERM, as from Ctrl-C or a CI timeout
        assertTrue(run.waitFor(30, TimeUnit.SECONDS));
        assertEquals("the previous report\n", Files.readString(report));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(), "no temporary file left");
        }
    }
}
