package org.reactions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.pipeline.ExitCode;

/** The commands beside summarize. */
class CommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String... args) throws Exception {
        CliRun run = CliRun.run(args);
        assertEquals(ExitCode.OK, run.code(), run.err());
        return JSON.readTree(run.out());
    }

    @Test
    void statementsAreFilteredByCountryLabelSpeakerAndConfidence() throws Exception {
        JsonNode all = json("statements", "corpus", "--format", "json");
        JsonNode report = json("summarize", "corpus", "--format", "json");
        assertEquals(report.path("statements"), all.path("statements"));
        JsonNode filtered = json("statements", "corpus", "--format", "json", "--country", "ru", "--label", "WARNING",
                "--speaker", "lavrov", "--min-confidence", "0.8");
        assertTrue(filtered.path("statements").size() > 0);
        for (JsonNode s : filtered.path("statements")) {
            assertEquals("RU", s.path("country").asText());
            assertTrue(s.path("speaker").path("name").asText().contains("Lavrov"));
            assertTrue(s.path("confidence").asDouble() >= 0.8);
            List<String> labels = new ArrayList<>();
            s.path("labels").forEach(l -> labels.add(l.asText()));
            assertTrue(labels.contains("WARNING"));
        }
        assertEquals(ExitCode.USAGE, CliRun.run("statements", "corpus", "--label", "ANGER").code());
        assertEquals(ExitCode.USAGE, CliRun.run("statements", "corpus", "--min-confidence", "2").code());
        assertEquals(ExitCode.USAGE, CliRun.run("statements", "corpus", "--country", "ZZ").code());
    }

    @Test
    void actorsListTheKnowledgeBaseAndWhatTheCorpusNames() throws Exception {
        JsonNode kb = json("actors", "--format", "json");
        JsonNode corpus = json("actors", "corpus", "--format", "json");
        assertTrue(kb.path("actors").size() > 300);
        JsonNode first = corpus.path("actors").get(0);
        assertTrue(first.path("mentions").asInt() > 0);
        boolean learned = false;
        for (JsonNode actor : corpus.path("actors")) {
            learned |= actor.path("source").asText().equals("learned") && actor.path("name").asText().equals("Nikita Smagin");
        }
        assertTrue(learned, "actors introduced by the corpus are listed");
        JsonNode iran = json("actors", "--format", "json", "--country", "IR");
        iran.path("actors").forEach(a -> assertEquals("IR", a.path("country").asText()));
        corpus.path("actors").forEach(a -> assertTrue(a.path("mentions").asInt() > 0, "with PATHs, only what the documents name: " + a));
        JsonNode all = json("actors", "corpus", "--format", "json", "--no-found");
        assertTrue(all.path("actors").size() >= kb.path("actors").size(), "--no-found lists the knowledge base too");
        assertEquals(corpus.path("actors").get(0), all.path("actors").get(0));
    }

    @Test
    void explainShowsTheRulesCuesAndHighlightedText() throws Exception {
        CliRun run = CliRun.run("explain", "000_5e1f9e76c6f91612#2079", "corpus");
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(run.out().contains("Speaker:  Sergey Lavrov"), run.out());
        assertTrue(run.out().contains("Why this speaker:") && run.out().contains("subject of 'said'"), run.out());
        assertTrue(run.out().contains("Why these labels:") && run.out().contains("WARNING:"), run.out());
        assertTrue(run.out().contains("\u27E6logical consequence\u27E7"), run.out());
        JsonNode json = json("explain", "000_5e1f9e76c6f91612#2079", "corpus", "--format", "json");
        assertEquals("000_5e1f9e76c6f91612#2079", json.path("statement").path("id").asText());
        assertTrue(json.path("speakerReasons").size() > 0 && json.path("labelReasons").size() > 0);
    }

    @Test
    void explainSaysWhyTheTargetsAreTheTargets() throws Exception {
        for (String model : new String[] {"none", "src/main/resources/reactions/stance/model.bin"}) {
            CliRun run = CliRun.run("explain", "000_5e1f9e76c6f91612#48", "corpus", "--stance-model", model);
            assertEquals(ExitCode.OK, run.code(), run.err());
            String why = run.out().substring(run.out().indexOf("Why these targets:"));
            assertTrue(why.contains("CONDEMNATION \u2192 IL, US (labels.tsv: accused, "), model + ": " + run.out());
            JsonNode json = json("explain", "000_5e1f9e76c6f91612#48", "corpus", "--stance-model", model, "--format", "json");
            assertTrue(json.path("targetReasons").toString().contains("CONDEMNATION \u2192 IL, US"), json.toString());
            json.path("labelReasons").forEach(line -> assertFalse(line.asText().startsWith("targets: "), line.asText()));
        }
    }

    @Test
    void explainRejectsUnknownIds() {
        assertEquals(ExitCode.USAGE, CliRun.run("explain", "nothing#1", "corpus").code());
        assertEquals(ExitCode.USAGE, CliRun.run("explain", "000_5e1f9e76c6f91612#999", "corpus").code());
        assertEquals(ExitCode.USAGE, CliRun.run("explain", "not-an-id", "corpus").code());
    }
}
