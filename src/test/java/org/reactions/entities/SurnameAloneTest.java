package org.reactions.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;

/**
 * A surname alone that the knowledge base knows someone by stands for the person of that surname the document names,
 * when that is someone else: "Mojtaba Khamenei ... Khamenei said" is not Ali Khamenei.
 */
class SurnameAloneTest {
    private static String speakerOfSecondSentence(String text) {
        return Fixtures.entities(text).inSentence(1).stream().map(Mention::actor).filter(Objects::nonNull)
                .filter(Actor::isPerson).findFirst().orElseThrow().name();
    }

    @Test
    void theDocumentsPersonOfThatSurnameComesFirst() {
        assertEquals("Mojtaba Khamenei", speakerOfSecondSentence("Iran's new Supreme Leader Mojtaba Khamenei addressed the nation on "
                + "Thursday. Khamenei said the blockade of the strait would hold."));
        assertEquals("Wang Wenbin", speakerOfSecondSentence("Chinese Foreign Ministry spokesperson Wang Wenbin spoke at a briefing on Monday. "
                + "Wang said all sides in the region should show restraint."));
    }

    @Test
    void theKnownPersonStaysWhenTheDocumentNamesNoOtherOrTheSameOne() {
        assertEquals("Wang Yi", speakerOfSecondSentence("Foreign Minister Wang Yi met the envoy in Beijing. Wang said all sides should "
                + "show restraint."));
        assertEquals("Wang Yi", speakerOfSecondSentence("The envoy arrived in Beijing. Wang said all sides should show restraint."));
    }

    @Test
    void aTitleBeforeTheSurnameChangesNothing() {
        assertEquals("Jiang Zaidong", speakerOfSecondSentence("Chinese Ambassador to Pakistan Jiang Zaidong met the foreign minister on "
                + "Monday. Ambassador Jiang said Beijing opposed the use of force."));
    }

    @Test
    void ofTwoPeopleWhoShareTheSurnameTheOneNamedLastBeforeIsMeant() {
        String twoWangs = "Chinese Foreign Minister Wang Yi said China opposed the strikes. Chinese envoy Wang Kejian told reporters "
                + "in Beirut that China was sending aid. Wang said Lebanon must be protected.";
        java.util.List<Mention> last = Fixtures.entities(twoWangs).inSentence(2);
        assertEquals("Wang Kejian", last.get(0).actor().name());
        // two named in one sentence: the first of them, who opens it
        assertEquals("Mojtaba Khamenei", speakerOfSecondSentence("Iran's Supreme Leader Mojtaba Khamenei, who succeeded his father Ali "
                + "Khamenei in March, said the strikes were illegal. Khamenei added that Iran would rebuild."));
    }

    @Test
    void everyMentionCountsNotOnlyTheFirst() {
        String text = "Wang Jin, a professor, said the call changed little. Foreign Minister Wang Yi said China opposed the strikes. "
                + "Wang Jin added that oil mattered more. Wang said Beijing would not take sides.";
        java.util.List<Mention> last = Fixtures.entities(text).inSentence(3);
        assertEquals("Wang Jin", last.get(0).actor().name());
    }
}
