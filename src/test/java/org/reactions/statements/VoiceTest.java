package org.reactions.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;
import org.reactions.knowledge.CountryCode;

/** Whose voice a statement is in: an official's, an unnamed source's, or an official's reported by another. */
class VoiceTest {

    private static Statement only(String text) {
        List<Statement> found = Fixtures.statements(text);
        assertEquals(1, found.size(), () -> "expected one statement in: " + text + "\nfound: " + found);
        return found.get(0);
    }

    @Test
    void sourcesCloseToAnInstitutionAreASourceOfItsCountry() {
        Statement s = only("Sources close to the Kremlin said Moscow was furious.");
        assertEquals(Voice.SOURCE, s.voice());
        assertEquals(CountryCode.of("RU"), s.country());
        assertEquals(null, s.reportedBy());
    }

    @Test
    void peopleFamiliarWithPersonsBriefedOnAndInsidersAreSources() {
        assertEquals(Voice.SOURCE, only("People familiar with the Kremlin said Moscow was furious.").voice());
        assertEquals(Voice.SOURCE, only("Insiders in Beijing said China had refused to send arms.").voice());
        assertEquals(Voice.SOURCE, only("A source close to the Kremlin said Moscow was furious.").voice());
    }

    @Test
    void aSourceInTheClosingTagMakesTheSentenceASources() {
        Statement s = only("Iran has asked China for fighter jets, two sources close to the Iranian government told Reuters.");
        assertEquals(Voice.SOURCE, s.voice());
        assertEquals(Voice.OFFICIAL, only("Iran has asked China for fighter jets, the Iranian government told Reuters.").voice());
    }

    @Test
    void anOfficialFamiliarWithTheMatterIsAnAnonymousOfficial() {
        Statement s = only("A Russian official familiar with the matter said Moscow had offered Tehran help with air defences.");
        assertEquals(Voice.OFFICIAL, s.voice());
        assertEquals("Russian official", s.speaker().name());
        assertEquals(Voice.OFFICIAL, only("Ryabkov, close to the talks for years, said Moscow had offered Tehran help.").voice());
    }

    @Test
    void officialsInstitutionsAndStatesAreOfficialVoices() {
        assertEquals(Voice.OFFICIAL, only("The Kremlin said Moscow was furious.").voice());
        assertEquals(Voice.OFFICIAL, only("Iranian officials said Tehran felt let down by its partners.").voice());
        assertEquals(Voice.OFFICIAL, only("China condemned the strikes.").voice());
        // an anonymous source of a country is an anonymous official (titles.tsv), not one close to the officials
        assertEquals(Voice.OFFICIAL, only("A senior Iranian source said Tehran felt let down by its partners.").voice());
    }

    @Test
    void aSourceMarkerInQuotedWordsOrAnotherSentenceIsNotTheSpeakers() {
        assertEquals(Voice.OFFICIAL, only("“Our sources tell us nothing,” Lavrov said.").voice());
        assertEquals(Voice.OFFICIAL, only("The sources were silent for days. Then the Kremlin said Moscow was furious.").voice());
    }

    @Test
    void aPlanOrAConditionThatASourcePutsInAStatesMouthIsNoStatement() {
        assertEquals(List.of(), Fixtures.statements("According to a source close to the Russian government, Moscow will ask Beijing for arms."));
        assertEquals(List.of(), Fixtures.statements("Sources close to the Kremlin said Moscow would ask Beijing for arms."));
        assertEquals(List.of(), Fixtures.statements("A person briefed on the talks said Beijing is considering whether to condemn the raid."));
        assertEquals(Voice.SOURCE, only("Sources close to the Kremlin said Moscow had asked Beijing for arms.").voice());
    }

    @Test
    void anOfficialsOwnAnnouncedIntentionIsAStatement() {
        assertEquals(Voice.OFFICIAL, only("Araghchi said Iran will respond to any attack.").voice());
        assertEquals(Voice.OFFICIAL, only("“We will respond to any attack,” Araghchi said.").voice());
    }
}
