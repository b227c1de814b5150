package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassiveAgentTest {
    @Test
    void theAgentsOfAPassiveSpeechVerbSpeak() {
        Event e = Reading.at("The emergency session was requested by Russia and China.", "requested");
        assertEquals("passive-agent", e.rule().name());
        assertEquals(List.of("Russia", "China"), Reading.speakers(e));
    }
}
