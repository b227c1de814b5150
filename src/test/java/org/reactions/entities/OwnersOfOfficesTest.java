package org.reactions.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;
import org.reactions.knowledge.CountryCode;

/**
 * The owner of an office named without its holder: "its" after a state or a state institution ("China voiced
 * concern. Its envoy to the UN urged ..."), and a country's envoy or ambassador to the UN, who is its permanent
 * representative there.
 */
class OwnersOfOfficesTest {
    private static List<String> actors(String text, int sentence) {
        return Fixtures.entities(text).inSentence(sentence).stream().map(Mention::actor).filter(Objects::nonNull)
                .map(a -> a.name() + "/" + CountryCode.text(a.country())).toList();
    }

    @Test
    void itsAfterAStateGivesTheOfficeThatStatesOwner() {
        assertEquals(List.of("Fu Cong/CN"), actors("China voiced deep concern. Its envoy to the United Nations urged restraint.", 1));
        assertEquals(List.of("Sergey Lavrov/RU"), actors("Russia condemned the strikes. Its foreign minister said they were illegal.", 1));
        assertEquals(List.of("Russia/RU", "Sergey Lavrov/RU"), actors("Russia said its foreign minister would fly in.", 0));
        assertEquals("CL", CountryCode.text(Fixtures.entities("Chile condemned the raid. Its foreign ministry summoned the envoy.")
                .inSentence(1).get(0).actor().country()));
    }

    /** The state that opens the sentence before as its subject owns "its", not a state named later in it. */
    @Test
    void itsRefersToTheSubjectStateOfTheSentenceBefore() {
        assertEquals(List.of("Sergey Lavrov/RU"), actors("Russia condemned the Israeli strikes on Syria. Its foreign minister said they "
                + "were illegal.", 1));
        assertEquals(List.of("Fu Cong/CN"), actors("China criticised the raids by the United States. Its envoy to the United Nations urged "
                + "restraint.", 1));
        assertEquals(List.of("Sergey Lavrov/RU"), actors("After talks with Chile, Russia voiced concern. Its foreign minister said so.", 1));
    }

    @Test
    void itsWithNoStateBeforeOwnsNothing() {
        assertEquals(List.of("no country"), Fixtures.entities("The summit ended late. Its envoy to the United Nations left early.").inSentence(1)
                .stream().map(m -> m.actor() == null || m.actor().country() == null ? "no country" : m.actor().country().toString()).distinct().toList());
        // two sentences on, "its" no longer reaches back to the state
        assertEquals(false, actors("China voiced concern. The summit ended late. Its envoy to the United Nations left.", 2).contains("Fu Cong/CN"));
    }

    @Test
    void anOfficeWithTwoHoldersInThePeriodIsTheOneWhoHeldItOnTheDocumentsDay() {
        assertEquals("Ali Khamenei", soleActor("2025-06-20", "Iran's supreme leader said the strikes would be punished."));
        assertEquals("Mojtaba Khamenei", soleActor("2026-03-10", "Iran's supreme leader said the strikes would be punished."));
    }

    @Test
    void aTopDiplomatIsTheForeignMinisterAndAnAmbassadorToACountryIsThatPost() {
        assertEquals(List.of("Abbas Araghchi/IR"), actors("Iran's top diplomat said the strikes were illegal.", 0));
        assertEquals(List.of("Kazem Jalali/IR"), actors("The Iranian ambassador to Russia said the strikes were illegal.", 0));
    }

    private static String soleActor(String date, String text) {
        var document = new org.reactions.corpus.SourceDocument("d", "d.txt", text, java.time.LocalDate.parse(date), 0, List.of());
        return Fixtures.RECOGNIZER.recognize(Fixtures.annotate(document)).inSentence(0).stream().map(Mention::actor)
                .filter(Objects::nonNull).map(Actor::name).findFirst().orElseThrow();
    }

    @Test
    void aCountrysEnvoyOrAmbassadorToTheUnIsItsPermanentRepresentative() {
        for (String office : List.of("ambassador to the UN", "UN ambassador", "envoy to the United Nations", "U.N. envoy")) {
            assertEquals(List.of("Vassily Nebenzia/RU"), actors("Russia's " + office + " said the attack was illegal.", 0), office);
        }
        assertEquals(List.of("Alexey Dedov/RU"), actors("Russia's ambassador to Iran said the attack was illegal.", 0)); // not the UN envoy
        // the envoy to the UN in Geneva is another post than the one in New York
        assertEquals(List.of("Ali Bahreini/IR"), actors("Tehran's ambassador to the UN in Geneva said the attack was illegal.", 0));
    }

    @Test
    void anInstitutionOpeningASentenceBeforeATitleIsTheLatestStates() {
        assertEquals(List.of("Hossein Kermanpour/IR"), actors("Iran's Health Ministry said at least 224 people were killed. Ministry "
                + "spokesman Hossein Kermanpour said most of them were civilians.", 1));
    }
}
