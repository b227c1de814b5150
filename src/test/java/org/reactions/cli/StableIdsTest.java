package org.reactions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reactions.pipeline.ExitCode;

/**
 * A statement id names the same statement whatever --countries, --actors, --stance-cues, --stance-model, filters or
 * threads: it says where the statement lies in its document.
 */
class StableIdsTest {
    private static final String DIR = "src/test/resources/org/reactions/cli/stable-ids/";
    private static final String DOC = DIR + "doc.txt";

    private static Map<String, JsonNode> statementsOf(String... args) throws Exception {
        CliRun run = CliRun.run(args);
        assertEquals(ExitCode.OK, run.code(), run.err());
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (String line : run.out().split("\n")) {
            JsonNode s = new ObjectMapper().readTree(line);
            assertEquals(null, byId.put(s.path("id").asText(), s), "one id, one statement: " + line);
        }
        return byId;
    }

    private static Map<String, String> idsOf(String... args) throws Exception {
        Map<String, String> ids = new LinkedHashMap<>();
        statementsOf(args).forEach((id, s) -> ids.put(id, s.path("speaker").path("name").asText() + " | " + s.path("text").asText()));
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

    @Test
    void aSpeakerThatAnActorFileAddsBeforeAStatementLeavesItsId() throws Exception {
        Map<String, String> without = idsOf("statements", DOC, "--countries", "RU,IR", "--format", "jsonl");
        Map<String, String> with = idsOf("statements", DOC, "--countries", "RU,IR", "--format", "jsonl", "--actors", DIR + "actors.tsv");
        assertEquals(without.size() + 1, with.size(), with.toString()); // the adviser is a speaker now, before the others
        assertFalse(without.values().iterator().next().equals(with.values().iterator().next()), with.toString());
        without.forEach((id, statement) -> assertEquals(statement, with.get(id), id));
    }

    @Test
    void theStanceCuesAndModelChangeLabelsButNoId() throws Exception {
        Map<String, JsonNode> model = statementsOf("statements", DOC, "--format", "jsonl");
        Map<String, JsonNode> rules = statementsOf("statements", DOC, "--format", "jsonl", "--stance-model", "none");
        Map<String, JsonNode> cues = statementsOf("statements", DOC, "--format", "jsonl", "--stance-model", "none",
                "--stance-cues", DIR + "cues.tsv");
        assertEquals(model.keySet(), rules.keySet());
        assertEquals(model.keySet(), cues.keySet());
        boolean labelsMoved = false;
        for (String id : model.keySet()) {
            assertEquals(model.get(id).path("text"), cues.get(id).path("text"), id);
            assertEquals(model.get(id).path("speaker"), cues.get(id).path("speaker"), id);
            labelsMoved |= !rules.get(id).path("labels").equals(cues.get(id).path("labels"));
        }
        assertTrue(labelsMoved, "the cue file gives a statement another label");
        Map<String, String> corpusModel = idsOf("statements", "corpus", "--format", "jsonl");
        assertEquals(corpusModel, idsOf("statements", "corpus", "--format", "jsonl", "--stance-model", "none"));
    }

    @Test
    void explainFindsAStatementByTheIdOfARunWithOtherOptions() throws Exception {
        Map<String, String> with = idsOf("statements", DOC, "--countries", "RU,IR", "--format", "jsonl", "--actors", DIR + "actors.tsv");
        String last = with.keySet().stream().reduce((a, b) -> b).orElseThrow();
        CliRun explained = CliRun.run("explain", last, DOC);
        assertEquals(ExitCode.OK, explained.code(), explained.err());
        assertTrue(explained.out().startsWith(last + "  "), explained.out());
        assertTrue(explained.out().contains(with.get(last).split(" \\| ")[1]), explained.out());
        assertNotEquals(ExitCode.OK, CliRun.run("explain", with.keySet().iterator().next(), DOC).code());
    }
}
