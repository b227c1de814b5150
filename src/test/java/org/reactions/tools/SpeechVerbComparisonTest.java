package org.reactions.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reactions.stance.vocabulary.SpeechVerbInventory;
import org.reactions.statements.SpeechLexicon;

/** The comparison of the VerbNet inventory with the tool's speech verbs. */
class SpeechVerbComparisonTest {
    private static final SpeechVerbComparison COMPARISON =
            new SpeechVerbComparison(SpeechLexicon.bundled(), SpeechVerbInventory.bundled());

    @Test
    void theInventoryAddsReportingVerbsTheListLacks() {
        assertTrue(COMPARISON.added.get("urge-58.1").contains("lobby"), COMPARISON.added.toString());
        assertTrue(COMPARISON.added.get("say-37.7").contains("divulge"), COMPARISON.added.toString());
        assertTrue(COMPARISON.added.values().stream().anyMatch(s -> s.contains("speak out")));
        assertFalse(COMPARISON.added.values().stream().anyMatch(s -> s.contains("say")), "say is in both");
    }

    @Test
    void spellingVariantsCountAsTheSameVerb() {
        assertFalse(COMPARISON.lacking.contains("criticise"), COMPARISON.lacking.toString());
        assertTrue(COMPARISON.lacking.contains("underline"), COMPARISON.lacking.toString());
    }

    @Test
    void subclassesFoldIntoTheirClass() {
        assertEquals("say-37.7", SpeechVerbComparison.baseClass("say-37.7-1-1"));
        assertEquals("conjecture-29.5", SpeechVerbComparison.baseClass("conjecture-29.5"));
        assertEquals(Set.of(), Set.copyOf(COMPARISON.added.keySet().stream().filter(c -> c.matches(".*-\\d+\\.\\d+(\\.\\d+)?-\\d+")).toList()));
    }
}
