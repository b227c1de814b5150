package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoordinatedVerbTest {
    @Test
    void aVerbJoinedByAndSharesTheSpeaker() {
        Event e = Reading.at("Lavrov criticised the strikes and urged both sides to return to talks.", "urged");
        assertEquals("coordinated-verb", e.rule().name());
        assertEquals(List.of("Sergey Lavrov"), Reading.speakers(e));
    }

    @Test
    void aParticipleAfterACommaSharesTheSpeaker() {
        Event e = Reading.at("Wang Yi criticised the strikes, adding that China stands ready to help mediate.", "adding");
        assertEquals("coordinated-verb", e.rule().name());
        assertEquals(List.of("Wang Yi"), Reading.speakers(e));
    }

    @Test
    void aClauseWithASubjectOfItsOwnEndsTheSharing() {
        Event e = Reading.at("Lavrov called the raid a crime, while Wang Yi shook his head, saying it harmed civilians.", "saying");
        assertEquals("clause-subject", e.rule().name());
        assertEquals(List.of("Wang Yi"), Reading.speakers(e));
        assertEquals(List.of("Sergey Lavrov"), Reading.speakers(Reading.at("Lavrov called the raid a crime while meeting the envoys, "
                + "saying it harmed civilians.", "saying")));
    }
}
