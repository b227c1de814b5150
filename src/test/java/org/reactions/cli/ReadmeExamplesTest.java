package org.reactions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example of README.md that shows a command ("$ ./reactions ...") and its output is run as written, through
 * bash, with the launcher replaced by the classes under test, and must print what the README shows: standard
 * output line for line, and the "reactions: ..." lines it shows among them on standard error. Examples that need
 * what a test cannot have (a user's own folder, a Spark installation) or that write a file are left out.
 */
class ReadmeExamplesTest {
    @TempDir
    static Path work;

    /** A command of the README and the lines shown under it. */
    record Example(int line, String command, List<String> shown) {
        boolean runnable() {
            return command.startsWith("./reactions ") && !command.contains("~/") && !command.contains(" -o ");
        }
    }

    static List<Example> examples() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        boolean inBlock = false;
        int indent = 0; // a block inside a list item is indented, and so are its lines
        Example current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("```")) {
                inBlock = !inBlock;
                indent = line.indexOf('`');
                current = null;
                continue;
            }
            String content = line.length() >= indent && line.substring(0, indent).isBlank() ? line.substring(indent) : line.strip();
            if (inBlock && content.startsWith("$ ")) {
                current = new Example(i + 1, content.substring(2), new ArrayList<>());
                examples.add(current);
            } else if (inBlock && current != null) {
                current.shown().add(content);
            }
        }
        return examples;
    }

    @TestFactory
    Stream<DynamicTest> everyExampleShowsWhatItPrints() throws IOException {
        boolean jq = new File("/usr/bin/jq").canExecute();
        assertFalse("required".equals(System.getenv("REACTIONS_CI")) && !jq, "REACTIONS_CI=required but jq is missing");
        List<Example> runnable = examples().stream().filter(Example::runnable).toList();
        assertTrue(runnable.size() >= 12, "the README's examples are found: " + runnable.size());
        return runnable.stream().map(example -> DynamicTest.dynamicTest("README.md:" + example.line() + " " + example.command(), () -> {
            assumeTrue(jq || !example.command().contains("jq "), "jq is not installed");
            check(example);
        }));
    }

    private static void check(Example example) throws Exception {
        String launcher = "reactions() { java -cp '" + System.getProperty("java.class.path") + "' org.reactions.cli.Main \"$@\"; }\n";
        Path script = Files.writeString(work.resolve("example-" + example.line() + ".sh"), launcher
                + example.command().replace("./reactions ", "reactions ") + "\n");
        Path out = work.resolve("out-" + example.line());
        Path err = work.resolve("err-" + example.line());
        Process process = new ProcessBuilder("bash", script.toString()).directory(new File(".")).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finished");
        List<String> expectedOut = new ArrayList<>(example.shown().stream().filter(l -> !l.startsWith("reactions: ")).toList());
        while (!expectedOut.isEmpty() && expectedOut.get(expectedOut.size() - 1).isEmpty()) {
            expectedOut.remove(expectedOut.size() - 1);
        }
        List<String> printed = new ArrayList<>(Files.readAllLines(out, StandardCharsets.UTF_8));
        while (!printed.isEmpty() && printed.get(printed.size() - 1).isEmpty()) {
            printed.remove(printed.size() - 1);
        }
        assertEquals(String.join("\n", expectedOut), String.join("\n", printed), "README.md:" + example.line() + " " + example.command());
        List<String> said = Files.readAllLines(err, StandardCharsets.UTF_8);
        for (String shown : example.shown()) {
            if (shown.startsWith("reactions: ")) {
                assertTrue(said.contains(shown), "README.md:" + example.line() + " shows on stderr: " + shown + "\nbut it said: " + said);
            }
        }
    }
}
