package org.reactions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The library core has no command-line dependency: only org.reactions.cli may use picocli. */
class ArchitectureTest {
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
