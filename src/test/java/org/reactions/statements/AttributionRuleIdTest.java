package org.reactions.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A rule's name is what the outputs write as {@code rule}: lower case words joined by hyphens, with a description. */
class AttributionRuleIdTest {
    @Test
    void theNameIsWhatTheOutputsWrite() {
        AttributionRuleId id = new AttributionRuleId("subject-of-verb", "the subject of the speech verb");
        assertEquals("subject-of-verb", id.name());
        assertEquals("subject-of-verb", id.toString());
        assertEquals("the subject of the speech verb", id.description());
    }

    @Test
    void aNameOutOfShapeOrABlankDescriptionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AttributionRuleId("Subject-of-verb", "x"));
        assertThrows(IllegalArgumentException.class, () -> new AttributionRuleId("subject of verb", "x"));
        assertThrows(IllegalArgumentException.class, () -> new AttributionRuleId("subject-", "x"));
        assertThrows(IllegalArgumentException.class, () -> new AttributionRuleId("subject-of-verb", " "));
    }
}
