package org.reactions.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;
import org.reactions.knowledge.CountryCode;

/** Names as news writes them, envoys and their destinations, embassies and their hosts, surnames shared by strangers. */
class OfficialNamesTest {
    private static List<Mention> last(String text) {
        DocumentEntities e = Fixtures.entities(text);
        return e.inSentence(e.mentions().size() - 1);
    }

    private static Mention find(List<Mention> mentions, String text) {
        return mentions.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + mentions));
    }

    private static boolean anyActor(List<Mention> mentions, String name) {
        return mentions.stream().anyMatch(m -> m.actor() != null && m.actor().name().equals(name));
    }

    /** The Shia rank below ayatollah is a cleric's title in the spellings that are one word. */
    @Test
    void aHojatoleslamIsACleric() {
        for (String title : List.of("Hojatoleslam", "Hojjatoleslam")) {
            Actor cleric = find(last(title + " Reza Karimi said the strikes were a crime."), title + " Reza Karimi").actor();
            assertEquals("cleric", cleric.role(), title);
            assertTrue(cleric.official(), title);
        }
    }

    @Test
    void particlesKeepANameWholeAndAnyLaterNameWordFindsItsPerson() {
        DocumentEntities e = Fixtures.entities("Peruvian President Joao Pedro da Cunha spoke on Monday. Later Cunha said more, "
                + "and Pedro agreed.");
        Actor cunha = find(e.inSentence(0), "Peruvian President Joao Pedro da Cunha").actor();
        assertEquals("Joao Pedro da Cunha", cunha.name());
        assertEquals(cunha, find(e.inSentence(1), "Cunha").actor());
        assertEquals(cunha, find(e.inSentence(1), "Pedro").actor());
    }

    @Test
    void aKnownPersonWithASecondSurnameIsThatPersonAndTheSurnamesFindThemLater() {
        DocumentEntities e = Fixtures.entities("Cuban President Miguel Díaz-Canel Bermúdez condemned the raid. Foreign Minister "
                + "Bruno Rodríguez Parrilla agreed. Later Bermúdez and Rodríguez Parrilla spoke again.");
        assertEquals("Miguel Díaz-Canel", find(e.inSentence(0), "Cuban President Miguel Díaz-Canel Bermúdez").actor().name());
        assertEquals("Miguel Díaz-Canel", find(e.inSentence(2), "Bermúdez").actor().name());
        assertEquals("Bruno Rodríguez Parrilla", find(e.inSentence(2), "Rodríguez Parrilla").actor().name());
    }

    /** The tagger takes "Zhang" for a verb; capitalised before a name, inside a sentence, it is the name's first word. */
    @Test
    void aSurnameTheTaggerCallsAVerbStillStartsTheName() {
        assertEquals(List.of("Zhang Jun/CN"), Fixtures.speakers("China's representative, Zhang Jun, said the "
                + "resolution was ambiguous."));
    }

    @Test
    void hyphenatedGivenNamesStayWhole() {
        Actor kim = find(last("South Korean President Kim Min-jun said the talks would go on."),
                "South Korean President Kim Min-jun").actor();
        assertEquals("Kim Min-jun", kim.name());
        assertEquals(CountryCode.of("KR"), kim.country());
    }

    @Test
    void aTransliterationInBracketsDoesNotHideAName() {
        Mention ruiz = find(last("Ana Ruiz （安娜·鲁伊斯） said the border would stay open."), "Ana Ruiz （安娜·鲁伊斯）");
        assertEquals("Ana Ruiz", ruiz.actor().name());
        Mention titled = find(last("President Ana Ruiz (Анна Руис) said the border would stay open."), "President Ana Ruiz (Анна Руис)");
        assertEquals("Ana Ruiz", titled.actor().name());
    }

    @Test
    void anEmbassySpeaksForItsOwnCountryNeverItsHost() {
        List<Mention> m = last("The Chinese embassy in Britain said the report was false.");
        Mention embassy = find(m, "The Chinese embassy in Britain");
        assertEquals(CountryCode.of("CN"), embassy.actor().country());
        assertFalse(m.stream().anyMatch(x -> x.actor() != null && CountryCode.of("GB").equals(x.actor().country())), m.toString());
    }

    @Test
    void theDestinationOfAnEnvoyIsNotItsCountry() {
        assertEquals(CountryCode.of("IR"), find(last("Iran's foreign minister to Moscow was received on Monday."),
                "Iran's foreign minister to Moscow").actor().country());
        List<Mention> ambassador = last("The ambassador to Beijing said the visit was useful.");
        assertFalse(ambassador.stream().anyMatch(x -> x.actor() != null && CountryCode.of("CN").equals(x.actor().country())), ambassador.toString());
        assertTrue(find(ambassador, "The ambassador to Beijing").isAnaphor());
        Mention envoy = find(last("An envoy to Beijing said the visit was useful."), "An envoy to Beijing");
        assertNull(envoy.actor().country());
        // a person after "to" is no destination: an adviser to the Iranian president is Iranian
        List<Mention> adviser = last("An adviser to the Iranian president said the visit was useful.");
        assertEquals(CountryCode.of("IR"), adviser.get(0).actor().country(), adviser.toString());
    }

    @Test
    void aSurnameAliasDoesNotClaimAStrangerWhoSharesIt() {
        List<Mention> shopkeeper = last("Wang Lei, a shopkeeper in Wuhan, said prices had doubled.");
        assertFalse(anyActor(shopkeeper, "Wang Yi"), shopkeeper.toString());
        List<Mention> driver = last("Karim Abbas, a taxi driver, said the roads were empty.");
        assertFalse(anyActor(driver, "Abbas Araghchi") || anyActor(driver, "Mahmoud Abbas"), driver.toString());
    }

    @Test
    void aSurnameAliasAloneOrOfAnIntroducedActorStillMatches() {
        assertTrue(anyActor(last("Wang said the talks went well."), "Wang Yi"));
        // a capitalised word beside the alias makes it a stranger, unless the document named the person in full
        assertFalse(anyActor(last("The talks went on. Hours Later Wang Spoke To Reporters."), "Wang Yi"));
        assertTrue(anyActor(last("Chinese Foreign Minister Wang Yi arrived on Monday. Hours Later Wang Spoke To Reporters."), "Wang Yi"));
        assertTrue(anyActor(Fixtures.entities("Wang Warns Of Escalation\n\nThe talks went on.").inSentence(0), "Wang Yi"));
    }
}
