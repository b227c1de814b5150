package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "The Kenyan leader said": an office named without its holder is the holder named before, when there is one. */
class OfficeReferringBackTest {
    private static final String PRESIDENT = "Kenyan President Daniel Mwangi flew to Addis Ababa on Monday. ";
    private static final String MINISTER = "Kenyan Foreign Minister Grace Otieno joined him there. ";

    @Test
    void theOfficeWithItsCountryIsThePersonNamedBefore() {
        assertEquals(List.of("Grace Otieno"), speakerOf(MINISTER + "The Kenyan foreign minister said the border must stay open."));
    }

    @Test
    void aCountrysPossessiveNamesTheOfficeAsTheDoes() {
        assertEquals(List.of("Grace Otieno"), speakerOf(MINISTER + "Kenya's foreign minister said the border must stay open."));
    }

    @Test
    void aLeaderIsTheHeadOfStateNotTheMinisterNamedNearer() {
        assertEquals(List.of("Daniel Mwangi"), speakerOf(PRESIDENT + MINISTER + "The Kenyan leader said the border must stay open."));
    }

    @Test
    void anOfficeIsNoneOfItsDeputiesNamedBefore() {
        String deputies = "Kenyan Vice Foreign Minister Peter Kamau met the envoys. Kenyan Vice President Ruth Njoroge was there too. ";
        assertEquals(List.of("Grace Otieno"), speakerOf(MINISTER + deputies + "The Kenyan foreign minister said the border must stay open."));
        assertEquals(List.of("Daniel Mwangi"), speakerOf(PRESIDENT + deputies + "The Kenyan president said the border must stay open."));
        // a deputy's office is the deputy's, and a role of no office of deputies ("the diplomat") may be a deputy
        assertEquals(List.of("Peter Kamau"), speakerOf(MINISTER + deputies + "The Kenyan vice foreign minister said the border must stay open."));
        assertEquals(List.of("Peter Kamau"), speakerOf("Kenyan Deputy Foreign Minister Peter Kamau met the envoys. "
                + "The Kenyan diplomat said the border must stay open."));
    }

    @Test
    void theHeadOfStateIsThePresidentNamedBefore() {
        assertEquals(List.of("Daniel Mwangi"), speakerOf(PRESIDENT + MINISTER + "The head of state said the border must stay open."));
    }

    @Test
    void aTopDiplomatIsTheForeignMinisterNotThePresidentNamedNearer() {
        assertEquals(List.of("Grace Otieno"), speakerOf(MINISTER + PRESIDENT + "The top Kenyan diplomat said the border must stay open."));
    }

    @Test
    void withNoOneOfThatCountryNamedBeforeTheOfficeSpeaks() {
        // the knowledge base names no Libyan foreign minister
        assertEquals(List.of("Libyan foreign minister"),
                speakerOf("Chilean Foreign Minister Rosa Vidal spoke first. The Libyan foreign minister said the border must stay open."));
    }

    @Test
    void anInstitutionsOfficeIsItsHolderInTheKnowledgeBase() {
        assertEquals(List.of("Dmitry Peskov"), speakerOf("The Kremlin spokesman said the border must stay open."));
    }

    @Test
    void anOfficeOfNoOneInParticularStaysAnOffice() {
        assertEquals(List.of("Kenyan minister"), speakerOf(MINISTER + "A Kenyan minister said the border must stay open."));
    }

    @Test
    void aNameWithItsOfficeBesideItIsThatName() {
        assertEquals(List.of("Grace Otieno"), speakerOf(PRESIDENT + "Grace Otieno, the Kenyan foreign minister, said the border must stay open."));
    }

    @Test
    void anOfficeNamedBeforeItsHolderIsTheHolderTheStoryNamesLater() {
        List<Event> events = Reading.events("Kenya's president said on Monday that the border would stay open, while the parliamentary "
                + "speaker warned of the consequences.\n\nSpeaker of Parliament Moses Wetangula, Kenya's speaker, had met the envoys.");
        Event warned = events.stream().filter(e -> e.cue().surface().equals("warned")).findFirst().orElseThrow();
        assertEquals(List.of("Moses Wetangula"), Reading.speakers(warned));
    }

    @Test
    void aTitleOfNoEnvoyPostedToACountryIsItsAmbassador() {
        // the knowledge base holds Russia's ambassador to the United States; a "top diplomat" unposted is the foreign minister
        assertEquals(List.of("Alexander Darchiev"), speakerOf("Russia's top diplomat to Washington said the border must stay open."));
        assertEquals(List.of("Sergey Lavrov"), speakerOf("Russia's top diplomat said the border must stay open."));
    }

    @Test
    void anEnvoyPostedToACapitalIsTheKnowledgeBasesEnvoyToItsCountry() {
        // the knowledge base holds Russia's ambassador to the United States, and Washington names that country
        assertEquals(List.of("Alexander Darchiev"), speakerOf("Russia's ambassador to Washington said the border must stay open."));
    }

    @Test
    void anEnvoyOfAnotherPostIsNotTheEnvoyNamedBefore() {
        assertEquals(List.of("Kenya's ambassador to Ghana"), speakerOf("Kenya's Ambassador to Nigeria, Paul Kibet, spoke first. "
                + "Kenya's ambassador to Ghana said the border must stay open."));
    }

    @Test
    void anEnvoyOfTheSamePostIsTheEnvoyNamedBefore() {
        assertEquals(List.of("Paul Kibet"), speakerOf("Kenya's Ambassador to Nigeria, Paul Kibet, spoke first. "
                + "Kenya's ambassador to Nigeria said the border must stay open."));
    }

    private static List<String> speakerOf(String text) {
        return Reading.speakers(Reading.at(text, "said"));
    }
}
