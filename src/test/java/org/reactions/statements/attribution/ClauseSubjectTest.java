package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseSubjectTest {
    @Test
    void aJoinedVerbWithNoSpeechVerbBeforeSpeaksForTheClauseSubject() {
        Event e = Reading.at("Russia hosted the Iranian delegation and slammed the strikes.", "slammed");
        assertEquals("clause-subject", e.rule().name());
        assertEquals(List.of("Russia"), Reading.speakers(e));
    }
}
