package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubjectOfVerbTest {
    @Test
    void theSubjectBeforeATimePhraseSpeaks() {
        Event e = Reading.at("Chinese Foreign Minister Wang Yi on Monday said the strikes were illegal.", "said");
        assertEquals("subject-of-verb", e.rule());
        assertEquals(List.of("Wang Yi"), Reading.speakers(e));
    }

    @Test
    void aNegatedSubjectDoesNotSpeak() {
        Event e = Reading.at("Neither the Kremlin nor Peskov has said anything about the report.", "said");
        assertEquals("subject-of-verb", e.rule());
        assertEquals(true, e.negated());
    }
}
