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

    @Test
    void itsWithNoStateBeforeOwnsNothing() {
        assertEquals(List.of("no country"), Fixtures.entities("The summit ended late. Its envoy to the United Nations left early.").inSentence(1)
                .stream().map(m -> m.actor() == null || m.actor().country() == null ? "no country" : m.actor().country().toString()).distinct().toList());
        // two sentences on, "its" no longer reaches back to the state
        assertEquals(false, actors("China voiced concern. The summit ended late. Its envoy to the United Nations left.", 2).contains("Fu Cong/CN"));
    }

    @Test
    void aCountrysEnvoyOrAmbassadorToTheUnIsItsPermanentRepresentative() {
        for (String office : List.of("ambassador to the UN", "UN ambassador", "envoy to the United Nations", "U.N. envoy")) {
            assertEquals(List.of("Vassily Nebenzia/RU"), actors("Russia's " + office + " said the attack was illegal.", 0), office);
        }
        assertEquals(List.of("Russia's ambassador to Iran/RU"), actors("Russia's ambassador to Iran said the attack was illegal.", 0));
    }
}
