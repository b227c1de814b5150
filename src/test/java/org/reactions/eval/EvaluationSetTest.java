package org.reactions.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a set's folder is read, and what a failing set may show. */
class EvaluationSetTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private EvaluationSet load(String properties) throws Exception {
        Files.writeString(dir.resolve("set.properties"), properties);
        return EvaluationSet.load(dir);
    }

    @Test
    void readsCountriesPartActorsAndBars() throws Exception {
        EvaluationSet set = load("countries=BR,MX\npart=locked\nactors=actors.tsv\nlabelF1=0.7\nstatementF1 = 0.9\n");
        assertEquals("BR,MX", set.countries());
        assertTrue(set.locked());
        assertEquals(dir.resolve("actors.tsv"), set.actors());
        assertEquals(Map.of("statementF1", 0.9, "labelF1", 0.7), set.bars());
        assertEquals(List.of("statementF1", "labelF1"), List.copyOf(set.bars().keySet()), "bars in the order they are checked");
    }

    @Test
    void aDevSetWithoutActorsOrBars() throws Exception {
        EvaluationSet set = load("countries=RU,CN,IR\npart=dev\n");
        assertFalse(set.locked());
        assertNull(set.actors());
        assertTrue(set.bars().isEmpty());
    }

    @Test
    void rejectsAnUnknownKeyOrPart() {
        assertThrows(IllegalArgumentException.class, () -> load("part=dev\nlabelf1=0.8\n"), "a misspelt bar is not ignored");
        assertThrows(IllegalArgumentException.class, () -> load("part=test\n"));
        assertThrows(IllegalArgumentException.class, () -> load("countries=RU\n"));
    }

    private static GoldScorer.Score scoreWithOneMiss() throws Exception {
        String gold = "{\"documents\": {\"d\": {\"statements\": [{\"anchor\": \"the minister condemned the strikes on the port\","
                + " \"speaker\": \"Ana Ruiz\", \"country\": \"PE\", \"labels\": [\"CONDEMNATION\"], \"targets\": [\"CL\"]}]}}}";
        return GoldScorer.score(JSON.readTree(gold), JSON.readTree("{\"statements\": []}"));
    }

    @Test
    void aLockedSetShowsItsTotalsButNeverItsMisses() throws Exception {
        GoldScorer.Score score = scoreWithOneMiss();
        Map<String, Double> bars = Map.of("statementF1", 0.5);
        String locked = String.join("\n", EvaluationTest.belowBars("s", bars, score, true));
        assertTrue(locked.contains("statementF1 0.000 is below 0.500"), locked);
        assertFalse(locked.contains("condemned the strikes"), locked);
        String dev = String.join("\n", EvaluationTest.belowBars("s", bars, score, false));
        assertTrue(dev.contains("d: the minister condemned the strikes on the port"), dev);
    }

    @Test
    void aTargetBarFailsWhileTheOutputHasNoTargets() throws Exception {
        GoldScorer.Score score = scoreWithOneMiss();
        assertNull(score.targetF1());
        assertEquals(1, EvaluationTest.belowBars("s", Map.of("targetF1", 0.1), score, true).size());
    }
}
