package org.reactions.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;

/** Lists of reactions: an office named with no country of its own in a list item is the item's country's. */
class ItemLabelsTest {
    private static List<String> speakers(String text) {
        return Fixtures.speakers(text);
    }

    @Test
    void aStatesNameAndADashOpeningTheItemGiveItsCountry() {
        assertEquals(List.of("Dmitry Peskov/RU", "Chinese Foreign Ministry/CN"), speakers("Reactions to the strikes\n"
                + "Russia – Kremlin spokesman Dmitry Peskov said Moscow was concerned.\n"
                + "China – The Foreign Ministry said it opposed any violation of Iran's sovereignty.\n"
                + "Saudi Arabia – The Foreign Ministry condemned the strikes."));
    }

    @Test
    void aLabelLineOfItsOwnLabelsTheParagraphsUnderItUpToTheNextHeading() {
        assertEquals(List.of("Russian Foreign Ministry/RU", "Vladimir Putin/RU", "Masoud Pezeshkian/IR"), speakers("Reactions\nRussia\n"
                + "The Foreign Ministry said the strikes were unacceptable.\nThe president said Russia would help.\n"
                + "Iran\nThe president said Iran would never give in."));
        // after a heading that is no label, the ministry is the one named before again
        assertEquals(List.of("Iranian Foreign Ministry/IR", "Iranian Foreign Ministry/IR"), speakers("Reactions\nRussia\n"
                + "Iran's Foreign Ministry said the strikes were a crime.\nAnalysis\nThe Foreign Ministry said more would follow."));
    }

    @Test
    void aFlagLabelsTheItemItOpens() {
        assertEquals(List.of("Russian Foreign Ministry/RU", "Iranian Foreign Ministry/IR"), speakers("Reactions, in brief\n"
                + "\uD83C\uDDF7\uD83C\uDDFA The Foreign Ministry said the strike was unacceptable.\n"
                + "\uD83C\uDDEE\uD83C\uDDF7 The Foreign Ministry said the attack amounted to nuclear terrorism.\n"
                + "\uD83C\uDDFA\uD83C\uDDF8 The State Department said it had no information."));
    }

    @Test
    void twoStatesAroundADashAreNoLabel() {
        assertEquals(List.of("Chinese Foreign Ministry/CN", "Chinese Foreign Ministry/CN"), speakers("Reactions\nChina's foreign ministry "
                + "condemned the strikes.\nIran – Israel war: The foreign ministry said more would follow."));
    }

    @Test
    void anOfficeThatNamesItsOwnCountryKeepsIt() {
        assertEquals(List.of("president of Iran/IR"), speakers("Reactions\nRussia\nThe president of Iran said Iran would respond."));
    }

    @Test
    void aStatesNameInsideAParagraphIsNoLabelLine() {
        assertEquals(List.of("Chinese Foreign Ministry/CN", "Chinese Foreign Ministry/CN"), speakers("Reactions\nChina's foreign ministry "
                + "condemned the strikes. Who gains from the war? Iran.\nThe foreign ministry said more would follow."));
    }
}
