package org.reactions.tools;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stance corpus's double annotation: at least 15% of each crisis, and the agreement its README shows. */
class StanceAgreementTest {
    private static final Path CORPUS = Path.of("data/stance");

    @Test
    void atLeastFifteenPercentOfEachCrisisIsAnnotatedTwiceAndInTheCorpus() throws IOException {
        List<StanceAgreement.Pair> pairs = StanceAgreement.read();
        ObjectMapper json = new ObjectMapper();
        for (String crisis : pairs.stream().map(StanceAgreement.Pair::crisis).distinct().toList()) {
            Set<String> ids = new HashSet<>();
            for (String line : Files.readAllLines(CORPUS.resolve(crisis + ".jsonl"), StandardCharsets.UTF_8)) {
                ids.add(json.readTree(line).path("id").asText());
            }
            List<String> twice = Files.readAllLines(StanceAgreement.DOUBLE.resolve(crisis + ".jsonl"), StandardCharsets.UTF_8).stream()
                    .map(line -> id(json, line)).toList();
            assertTrue(ids.containsAll(twice), crisis + ": an id annotated twice is not in the corpus");
            assertTrue(twice.size() >= 0.15 * ids.size(), crisis + ": " + twice.size() + " of " + ids.size() + " annotated twice");
        }
        try (var files = Files.list(CORPUS)) {
            long crises = files.filter(f -> f.toString().endsWith(".jsonl")).count();
            assertTrue(pairs.stream().map(StanceAgreement.Pair::crisis).distinct().count() == crises, "every crisis is annotated twice in part");
        }
    }

    @Test
    void theReadmeShowsTheAgreementOfTheTwoPasses() throws IOException {
        String table = StanceAgreement.table(StanceAgreement.read());
        String readme = Files.readString(CORPUS.resolve("README.md"));
        assertTrue(readme.contains(table), "data/stance/README.md should hold this table:\n" + table);
    }

    private static String id(ObjectMapper json, String line) {
        try {
            return json.readTree(line).path("id").asText();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
