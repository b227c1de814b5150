package org.reactions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library core has no command-line dependency: only org.reactions.cli may use picocli. Training sits after the
 * stages (only the command line reads it), and the learned model's storage reads no stage.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/reactions");

    /** The source files under a folder of the main code (all of it for null) whose text contains a string. */
    private static List<Path> containing(String folder, String text, String except) throws IOException {
        try (Stream<Path> files = Files.walk(folder == null ? MAIN : MAIN.resolve(folder))) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> except == null || !f.startsWith(MAIN.resolve(except)))
                    .filter(f -> {
                        try {
                            return Files.readString(f).contains(text);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
    }

    @Test
    void onlyTheCommandLineReadsTraining() throws IOException {
        assertEquals(List.of(), containing(null, "import org.reactions.training.", "cli").stream()
                .filter(f -> !f.startsWith(MAIN.resolve("training"))).toList());
    }

    @Test
    void theLearnedModelsStorageReadsNoStage() throws IOException {
        assertEquals(List.of(), containing("stance/learned", "import org.reactions.", null));
    }

    @Test
    void onlyTheCliPackageUsesPicocli() throws IOException {
        Path main = Path.of("src/main/java/org/reactions");
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(main)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(main.resolve("cli")))
                    .filter(f -> {
                        try {
                            return Files.readString(f).contains("picocli");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
        assertEquals(List.of(), offenders);
    }
}
