package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

    @Test
    void anAbsoluteWithGivesTheParticipleASubjectOfItsOwnAsideOrNot() {
        for (String sentence : List.of(
                "Trump was criticised for the talks, with Iran's foreign minister, Abbas Araghchi, accusing him of bad faith.",
                "It comes as the talks collapsed, with Abbas Araghchi accusing the US of bad faith.")) {
            Event e = Reading.at(sentence, "accusing");
            assertEquals(List.of("Abbas Araghchi"), Reading.speakers(e), sentence);
        }
        // an aside naming the leader an adviser serves gives the participle no leader
        assertFalse(Reading.speakers(Reading.at("Iran threatened US bases, with an adviser to Iran's supreme leader, Ayatollah Ali "
                + "Khamenei, stating they were targets.", "stating")).contains("Ali Khamenei"));
        // a verb of its own after the subject of "with" makes no absolute clause of it
        assertEquals(List.of("Sergey Lavrov"), Reading.speakers(Reading.at("Lavrov met the envoys, with whom Wang Yi had spoken, "
                + "accusing Washington of bad faith.", "accusing")));
    }
}
