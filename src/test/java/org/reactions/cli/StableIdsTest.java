package org.reactions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reactions.pipeline.ExitCode;

/** A statement id names the same statement whatever --countries, filters or threads. */
class StableIdsTest {
    private static Map<String, String> idsOf(String... args) throws Exception {
        CliRun run = CliRun.run(args);
        assertEquals(ExitCode.OK, run.code(), run.err());
        Map<String, String> ids = new LinkedHashMap<>();
        for (String line : run.out().split("\n")) {
            JsonNode s = new ObjectMapper().readTree(line);
            ids.put(s.path("id").asText(), s.path("speaker").path("name").asText() + " | " + s.path("text").asText());
        }
        return ids;
    }

    @Test
    void anIdNamesTheSameStatementWhateverTheCountriesAndThreads() throws Exception {
        Map<String, String> russia = idsOf("statements", "corpus", "--countries", "RU", "--format", "jsonl", "--threads", "1");
        Map<String, String> many = idsOf("statements", "corpus", "--countries", "US,RU,CN,IR,IL", "--format", "jsonl", "--threads", "2");
        Map<String, String> filtered = idsOf("statements", "corpus", "--countries", "RU,CN,IR", "--country", "RU", "--format", "jsonl");
        assertFalse(russia.isEmpty());
        russia.forEach((id, statement) -> assertEquals(statement, many.get(id), id));
        assertEquals(russia, filtered);
    }
}
