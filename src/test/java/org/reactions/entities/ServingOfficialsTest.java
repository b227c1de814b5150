package org.reactions.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;

/**
 * Officials named by whom or what they serve: an aide, adviser or spokesperson "to" or "for" a person is of that
 * person's country and is not that person; a deputy of an envoy is not the envoy; an envoy to the IAEA is the
 * country's representative in Vienna; a counterpart holds the office of the official named before it. Each sentence is alone in its document (speakers of RU, CN and IR).
 */
class ServingOfficialsTest {
    @Test
    void anAideOrSpokespersonOfAPersonIsOfThatPersonsCountryAndNotThatPerson() {
        assertEquals(List.of("aide to Putin/RU"), Fixtures.speakers("An aide to Putin said Moscow would not recognise the vote in Caracas."));
        assertEquals(List.of("spokesman for the Russian president/RU"),
                Fixtures.speakers("A spokesman for the Russian president said the sanctions on Venezuela were illegal."));
        assertEquals(List.of("top military adviser to Iran's Supreme Leader/IR"),
                Fixtures.speakers("A top military adviser to Iran's Supreme Leader said the drills in the Gulf were a provocation."));
        assertEquals(List.of("senior aide to Iran's parliament speaker/IR"),
                Fixtures.speakers("A senior aide to Iran's parliament speaker said Tehran would answer any blockade."));
    }

    @Test
    void aNameBeforeSuchAnOfficialTakesItsCountry() {
        assertEquals(List.of("Yahya Rahim Safavi/IR"),
                Fixtures.speakers("Yahya Rahim Safavi, a top military adviser to Khamenei, warned that the bases were within reach."));
    }

    /** The name after such a description is the principal's when the knowledge base has them serving no one. */
    @Test
    void aKnownPrincipalNamedAfterTheDescriptionIsNotTheAide() {
        assertEquals(List.of("spokesman for Iran's president/IR"),
                Fixtures.speakers("A spokesman for Iran's president, Masoud Pezeshkian, said the blockade was illegal."));
        assertEquals(List.of("Dmitry Peskov/RU"),
                Fixtures.speakers("A spokesman for the Russian president, Dmitry Peskov, said the blockade was illegal."));
    }

    /** A counterpart holds in its country the office of the official named before it. */
    @Test
    void aCounterpartHoldsTheOfficeOfTheOfficialBeforeIt() {
        assertEquals(List.of("Wang Yi/CN", "Abbas Araghchi/IR"),
                Fixtures.speakers("Wang Yi and his Iranian counterpart called for an end to the blockade of Venezuela."));
        assertEquals(List.of("Abbas Araghchi/IR"), Fixtures.speakers("Lavrov spoke with his Iranian counterpart, who thanked Russia for "
                + "its support."));
        assertEquals(List.of("Iranian counterpart/IR"), Fixtures.speakers("His Iranian counterpart thanked Russia for its support."));
        // no country said: the official of another country named before who holds the same office
        assertEquals(List.of("Vladimir Putin/RU", "Masoud Pezeshkian/IR"), Fixtures.speakers("During his call with Iranian President "
                + "Masoud Pezeshkian, Putin and his counterpart called for an end to the blockade."));
    }

    /** An envoy "to" a person is posted to them: Moscow's country is not the envoy's. */
    @Test
    void anEnvoyToAPersonIsNotOfThatPersonsCountry() {
        assertEquals(List.of(), Fixtures.speakers("An envoy to Putin said the talks on the ceasefire went well."));
    }

    @Test
    void aDeputyOfAnEnvoyToTheUnIsNotTheEnvoy() {
        for (String sentence : List.of("China's deputy UN envoy said Beijing opposed the blockade of Venezuela.",
                "Russia's deputy ambassador to the UN said Moscow opposed the blockade of Venezuela.",
                "Iran's deputy envoy to the United Nations said Tehran opposed the blockade of Venezuela.")) {
            List<String> speakers = Fixtures.speakers(sentence);
            assertEquals(1, speakers.size(), sentence);
            assertEquals(false, speakers.get(0).startsWith("Fu Cong") || speakers.get(0).startsWith("Vassily Nebenzia")
                    || speakers.get(0).startsWith("Amir Saeid Iravani"), sentence + " -> " + speakers);
        }
    }

    @Test
    void anEnvoyToTheNuclearWatchdogIsTheCountrysRepresentativeInVienna() {
        assertEquals(List.of("Reza Najafi/IR"),
                Fixtures.speakers("Iran's envoy to the UN nuclear watchdog, Reza Najafi, said the inspections would resume."));
        assertEquals(List.of("Mikhail Ulyanov/RU"), Fixtures.speakers("Russia's ambassador to the IAEA said the inspections should resume."));
    }
}
