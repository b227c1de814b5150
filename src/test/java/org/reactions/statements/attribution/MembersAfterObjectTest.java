package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A group subject's members named after the verb's object speak (MembersAfterObject). */
class MembersAfterObjectTest {
    @Test
    void theMembersThatIncludingListsSpeak() {
        assertEquals(List.of("Russia", "China"), Reading.speakers(Reading.at("Several countries condemned the blockade of Venezuela, "
                + "including Russia and China.", "condemned")));
        assertEquals("members-after-object", Reading.at("Several countries condemned the blockade of Venezuela, including Russia and "
                + "China.", "condemned").rule().name());
    }

    @Test
    void theMembersThatAmongThemListsBetweenDashesSpeak() {
        assertEquals(List.of("Iran", "Russia"), Reading.speakers(Reading.at("Top officials from across the region have denounced the raid "
                + "\u2013 among them Iran and Russia \u2013 calling it illegal.", "denounced")));
    }

    /** The list names what the verb is about, not who speaks, when the subject is an actor or no group of officials. */
    @Test
    void noMembersForAnActorSubjectOrAGroupThatIsNoneOfOfficials() {
        assertEquals(List.of("Russia"), Reading.speakers(Reading.at("Russia condemned strikes on several countries, including Iran and "
                + "Syria.", "condemned")));
        assertEquals(List.of("Analysts"), Reading.speakers(Reading.at("Analysts warned that the blockade would hurt many economies, "
                + "including Russia and China.", "warned")));
    }
}
