package org.reactions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the CI example of README.md (gating a job on the exit code and, with jq, on the JSON) as it is written, with
 * the launcher replaced by the classes under test: it passes on the bundled corpus and fails on a corpus where a
 * requested country says nothing.
 */
class CiExampleTest {
    @TempDir
    Path dir;

    private static String example() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<!-- ci-example -->\\s*```sh\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "README.md has a ci-example block");
        return m.group(1);
    }

    private int run(Path corpus) throws Exception {
        boolean jq = new File("/usr/bin/jq").canExecute();
        assertFalse("required".equals(System.getenv("REACTIONS_CI")) && !jq, "REACTIONS_CI=required but jq is missing");
        assumeTrue(jq, "jq is not installed; CI example skipped");
        Path work = Files.createDirectories(dir.resolve("job-" + corpus.getFileName()));
        Files.createSymbolicLink(work.resolve("corpus"), corpus.toAbsolutePath());
        String launcher = "reactions() { java -cp '" + System.getProperty("java.class.path") + "' org.reactions.cli.Main \"$@\"; }\n";
        Path script = work.resolve("ci.sh");
        Files.writeString(script, "set -u\n" + launcher + example().replace("./reactions ", "reactions "));
        Process process = new ProcessBuilder("bash", script.toString()).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("log").toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        return process.exitValue();
    }

    /** What the job left in its work tree besides what the test put there. */
    private List<String> leftInTheWorkTree(Path corpus) throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("job-" + corpus.getFileName()))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> !List.of("corpus", "ci.sh", "log").contains(f)).toList();
        }
    }

    @Test
    void theExamplePassesOnTheBundledCorpus() throws Exception {
        assertEquals(0, run(Path.of("corpus")));
        assertEquals(List.of(), leftInTheWorkTree(Path.of("corpus")), "reports go outside the work tree");
    }

    @Test
    void theExampleFailsWhenACountryHasNoStatements() throws Exception {
        Path quiet = Files.createDirectories(dir.resolve("quiet"));
        Files.writeString(quiet.resolve("a.txt"), "Moscow urged restraint. Beijing called for talks.");
        assertTrue(run(quiet) != 0);
        String log = Files.readString(dir.resolve("job-quiet").resolve("log"));
        assertTrue(log.matches("(?s).*no statements for [A-Z, ]+\n"), "the message is a line of its own: " + log);
        assertEquals(List.of(), leftInTheWorkTree(quiet));
    }
}
