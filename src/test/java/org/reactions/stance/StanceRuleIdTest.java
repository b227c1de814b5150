package org.reactions.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A stance rule's name, as the model file stores it, reads back as the same rule. */
class StanceRuleIdTest {
    @Test
    void everyKindRoundTripsThroughItsName() {
        for (RuleVote.Source source : RuleVote.Source.values()) {
            StanceRuleId id = new StanceRuleId(source, "condemn*");
            assertEquals(id, StanceRuleId.parse(id.name()));
        }
        assertEquals("cue:condemn*", new StanceRuleId(RuleVote.Source.CUE, "condemn*").name());
        assertEquals("speech_verb:regret", new StanceRuleId(RuleVote.Source.SPEECH_VERB, "regret").name());
        assertEquals(new StanceRuleId(RuleVote.Source.CAMEO, "0256"), StanceRuleId.parse("cameo:0256"));
    }

    @Test
    void aNameOfNoKnownKindOrWithoutACueIsNoRule() {
        assertNull(StanceRuleId.parse("verdict:condemn*"));
        assertNull(StanceRuleId.parse("cue:"));
        assertThrows(IllegalArgumentException.class, () -> new StanceRuleId(RuleVote.Source.CUE, ""));
    }
}
