package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;

/** A tag that closes a sentence reports all of it: the state speaking earlier in it is that official's content. */
class ClosingTagsTest {
    @Test
    void theStateThatSpeaksBeforeATagOfItsOwnOfficialIsTheTagsContent() {
        List<Event> events = Reading.events("Kenya welcomes any attempt at a ceasefire and urges restraint, Kenyan Foreign Minister "
                + "Grace Otieno said at a briefing on Monday.");
        assertEquals(List.of(List.of("Grace Otieno")), events.stream().filter(Event::hasSpeaker).map(Reading::speakers).toList());
    }

    @Test
    void aPronounTagReportsWhatItsCountryHasAlwaysHeld() {
        List<Event> events = Reading.events("Such strikes are unacceptable, Kenyan Foreign Minister Grace Otieno added.\n\n"
                + "Kenya has always maintained that disputes should be settled through dialogue, opposing the use of force, she said, "
                + "after listening to her counterpart.");
        assertEquals(List.of(List.of("Grace Otieno"), List.of("Grace Otieno")),
                events.stream().filter(Event::hasSpeaker).map(Reading::speakers).toList());
    }

    @Test
    void anotherCountrysActReportedByTheTagStaysItsOwn() {
        List<Event> events = Reading.events("Peru condemned the strikes, Kenyan Foreign Minister Grace Otieno said.");
        assertEquals(List.of(List.of("Peru"), List.of("Grace Otieno")),
                events.stream().filter(Event::hasSpeaker).map(Reading::speakers).toList());
    }

    @Test
    void aTagWithWordsOfItsOwnClosesNothing() {
        List<Event> events = Reading.events("Kenya welcomes the truce, Kenyan Foreign Minister Grace Otieno said, adding that talks "
                + "would resume.");
        assertEquals(true, events.stream().anyMatch(e -> Reading.speakers(e).equals(List.of("Kenya"))), events::toString);
    }

    @Test
    void aParticipleWhoseSubjectComesBeforeTheCommaIsNoTag() {
        List<Event> events = Reading.events("After the strikes, Kenya and Peru have expressed deep concern, calling for an immediate halt.");
        assertEquals(true, events.stream().anyMatch(e -> e.cue().surface().equals("expressed") && e.hasSpeaker()), events::toString);
    }

    @Test
    void aReadoutOfAForeignLeadersWordsIsHisAlone() {
        // the Kremlin relays, and so stays the one "it" refers to
        // two acts of his, briefing and thanking
        assertEquals(List.of("Masoud Pezeshkian/IR", "Masoud Pezeshkian/IR", "Kremlin/RU"), Fixtures.speakers("Pezeshkian briefed Putin "
                + "on the situation and thanked Russia for its solidarity, the Kremlin said in a statement. It added that talks would go on."));
    }

    @Test
    void aForeignOfficialsWordsThatDoNotNameTheTagsCountryAreNoReadout() {
        List<Event> events = Reading.events("Araghchi warned Washington against further strikes, the Kremlin said.");
        assertEquals(true, events.stream().anyMatch(e -> Reading.speakers(e).equals(List.of("Kremlin"))), events::toString);
    }

    @Test
    void aQuotedReadoutThatNamesItsOfficialSpeakingIsTheOfficials() {
        assertEquals(List.of("Masoud Pezeshkian/IR"), Fixtures.speakers("“Masoud Pezeshkian expressed gratitude for Russia's solidarity "
                + "with the Iranian people,” the Kremlin said."));
        assertEquals(List.of("Vladimir Putin/RU"), Fixtures.speakers("\"Vladimir Putin reaffirmed Russia's principled stance in favour of "
                + "an immediate ceasefire,\" the Kremlin said."));
    }

    @Test
    void aQuotedReadoutMayNameItsOfficialByTheOfficeTheKnowledgeBaseKnows() {
        // the official who quotes the letter speaks too: the tag after the quotation is no part of its words
        assertEquals(List.of("Mohammad Eslami/IR", "Reza Najafi/IR"), Fixtures.speakers("\"The head of the Atomic Energy Organization "
                + "of Iran said that the facilities had been attacked,\" Najafi told reporters."));
    }

    @Test
    void aVerbAfterAQuotedVerbThatIsNoTagStaysInTheWords() {
        // "claimed" is inside what Baghaei said, not a tag after the quotation
        assertEquals(List.of("Esmaeil Baghaei/IR"), Fixtures.speakers("Baghaei said Iran had \"strongly condemned\" what Israel claimed "
                + "was self-defence."));
    }

    @Test
    void aPronounTagAfterAQuotedReadoutIsTheQuotingOfficial() {
        assertEquals(List.of("Reza Najafi/IR", "Mohammad Eslami/IR", "Reza Najafi/IR"), Fixtures.speakers("Iran's envoy Reza Najafi "
                + "said the site was hit. \"The head of the Atomic Energy Organization of Iran yesterday sent a letter to the agency and "
                + "informed it that the site had been attacked,\" he told AFP."));
    }

    @Test
    void aQuotationThatNamesSomeoneElseLaterIsTheTagsOwn() {
        assertEquals(List.of("Kremlin/RU"), Fixtures.speakers("“We condemned the strikes and told Pezeshkian so,” the Kremlin said."));
        assertEquals(List.of("Vladimir Putin/RU"), Fixtures.speakers("“Yesterday Pezeshkian expressed his thanks to us,” Putin said."));
    }
}
