package org.reactions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Surefire runs the classes whose names end in Test; a class of tests or properties named otherwise would never run,
 * in mvn test or in CI, and nobody would notice. This fails the build instead.
 */
class TestClassesRunTest {
    private static final Pattern TEST_ANNOTATION = Pattern.compile("@(Test|ParameterizedTest|Property|Example|RepeatedTest|TestFactory)\\b");

    @Test
    void everyClassWithTestsIsNamedSoThatItRuns() throws IOException {
        List<String> missed;
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            missed = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().endsWith("Test.java"))
                    .filter(f -> TEST_ANNOTATION.matcher(read(f)).find())
                    .map(Path::toString).sorted().toList();
        }
        assertEquals(List.of(), missed, "rename these to end in Test, or surefire never runs them");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
