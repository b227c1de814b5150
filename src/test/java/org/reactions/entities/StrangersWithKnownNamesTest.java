package org.reactions.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;
import org.reactions.knowledge.CountryCode;

/**
 * Officials the knowledge base does not hold whose names look like those of people it does: a family name shared
 * with a known Chinese official ("Li Wei" is not Li Qiang), and a name close to a known one under a title that
 * is not that person's office ("Ambassador Dmitry Peskin" is not the Kremlin spokesman).
 */
class StrangersWithKnownNamesTest {
    /** The officials named in the sentence at index {@code sentence}, as "name/role/country". */
    private static List<String> people(String text, int sentence) {
        return Fixtures.entities(text).inSentence(sentence).stream().map(Mention::actor).filter(Objects::nonNull)
                .filter(Actor::isPerson).filter(Actor::official).map(a -> a.name() + "/" + a.role() + "/" + a.country()).toList();
    }

    @Test
    void aGivenNameAfterAKnownFamilyNameMakesSomeoneElse() {
        // the tagger reads "Wei" as a pronoun and "Ming" as an auxiliary; "Hua" is a known official's family name
        assertEquals(List.of("Li Wei/Ambassador/CN"), people("Chinese Ambassador Li Wei said the strikes were illegal.", 0));
        assertEquals(List.of("Wang Ming/envoy/CN"), people("Chinese envoy Wang Ming told reporters the strikes were illegal.", 0));
        assertEquals(List.of("Wang Kejian/Ambassador/CN"), people("Chinese Ambassador Wang Kejian said aid was on its way.", 0));
        String visit = "Chinese special envoy Li Hua arrived in Cairo on Monday. Li Hua said Beijing supported the talks. "
                + "Li said China stood ready to help.";
        assertEquals(List.of("Li Hua/envoy/CN"), people(visit, 0));
        assertEquals(List.of("Li Hua/envoy/CN"), people(visit, 1));
        assertEquals(List.of("Li Hua/envoy/CN"), people(visit, 2));
    }

    @Test
    void aWordThatIsNoGivenNameLeavesTheKnownOfficial() {
        // a headline's capitalised verb, a day and a one-syllable word that is no romanised syllable
        assertEquals(List.of("Li Qiang/Premier/CN"), people("Chinese Premier Li Says Talks Must Resume", 0));
        assertEquals(List.of("Li Qiang/Premier/CN"), people("Chinese Premier Li Monday urged restraint.", 0));
        assertEquals(List.of("Wang Yi/Foreign Minister/CN"), people("Chinese Foreign Minister Wang Yi said the strikes were illegal.", 0));
    }

    @Test
    void aTitleOfAnotherOfficeMakesACloseNameAStranger() {
        assertEquals(List.of("Dmitry Peskin/Ambassador/RU"), people("Russian Ambassador Dmitry Peskin said the strikes were illegal.", 0));
        assertEquals(List.of("Abbas Araji/Consul/IR"), people("Iranian consul Abbas Araji said the strikes were illegal.", 0));
        List<String> ryabov = people("Russian Ambassador Sergei Ryabov said the strikes were illegal.", 0);
        assertTrue(ryabov.stream().noneMatch(p -> p.startsWith("Sergei Ryabkov")), ryabov::toString);
    }

    @Test
    void aMisspellingUnderItsOwnOfficeOrAnExactSurnameIsStillTheKnownOfficial() {
        assertEquals("Dmitry Peskov", people("Kremlin spokesman Dmitri Peskow said the strikes were illegal.", 0).get(0).split("/")[0]);
        assertEquals("Sergei Ryabkov", people("Russian Deputy Foreign Minister Sergei Lyabkov spoke.", 0).get(0).split("/")[0]);
        // the same surname under a title the sentence misreads ("Amir" as an emir) is no misspelling
        List<String> iravani = people("Iran's Ambassador to the UN Amir Saeed Iravani said Iran would respond.", 0);
        assertTrue(iravani.stream().anyMatch(p -> p.startsWith("Amir Saeid Iravani/") && p.endsWith("/" + CountryCode.of("IR"))),
                iravani::toString);
    }

    /** Everyone named in the sentence at index {@code sentence}, officials or not, as "name/official". */
    private static List<String> named(String text, int sentence) {
        return Fixtures.entities(text).inSentence(sentence).stream().filter(m -> m.kind() != Mention.Kind.DESCRIBED)
                .map(Mention::actor).filter(Objects::nonNull).filter(Actor::isPerson)
                .map(a -> a.name() + "/" + (a.official() ? "official" : "unofficial")).toList();
    }

    @Test
    void aStrangerWhoSharesAKnownFamilyNameKeepsTheSurnameAloneLaterOn() {
        String analyst = "Fu Xiaoqiang, an analyst, said oil mattered most. Fu added that China would not take sides.";
        assertEquals(List.of("Fu Xiaoqiang/unofficial"), named(analyst, 0));
        assertEquals(List.of("Fu Xiaoqiang/unofficial"), named(analyst, 1));
        String professor = "Wang Jin, a professor at a university in Shanghai, said the call changed little.";
        assertEquals(List.of("Wang Jin/unofficial"), named(professor, 0));
        // named first without the title the document gives later: one official all along
        String envoy = "Wang Kejian, the ambassador, agreed. Chinese Ambassador to Lebanon Wang Kejian said aid was coming. "
                + "Wang said Lebanon must be protected.";
        assertEquals(List.of("Wang Kejian/official"), named(envoy, 2));
    }

    @Test
    void aFirstNameOfTheOtherSexMakesAStranger() {
        List<String> levin = named("Mark Levin of the Atlantic Council said Moscow was pleased.", 0);
        assertEquals(List.of("Mark Levin/unofficial"), levin);
    }

    @Test
    void aPersonOfAnOrganisationWhoSpeaksIsNamedAndIsWhomTheNextHeMeans() {
        String text = "Baghaei said Iran would respond to the attack. Ali Vaez of the International Crisis Group said Tehran had "
                + "misjudged its partners. “Iran thought it had allies,” he said.";
        assertEquals(List.of("Esmaeil Baghaei/IR"), Fixtures.speakers(text));
        assertEquals(List.of("Ali Vaez/unofficial"), named(text, 1));
    }

    @Test
    void aHeadlinesCapitalisedWordIsNoGivenNameNorIsAWesternOrderName() {
        // "To" reads as a romanised syllable, but a headline capitalises every word
        assertEquals(List.of("Xi Jinping/President/CN"), people("Strikes on Iran\n\nPresident Xi To Visit Moscow", 1));
        // a stranger named the Western way keeps the surname last: "Zhao" is the analyst, not Zhao Leji
        String analyst = "Tong Zhao, a senior fellow at a think tank, said Beijing would stay out. Zhao said oil mattered more.";
        assertEquals(List.of("Tong Zhao/unofficial"), named(analyst, 1));
        // a place that is no person, however it is followed
        assertEquals(List.of(), named("Kharg Island in the Persian Gulf was struck overnight.", 0));
    }
}
