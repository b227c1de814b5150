package org.reactions.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;

/** "The governments of Brazil and Mexico": an institution's kind with the states after "of" names each state's institution. */
class InstitutionsOfStatesTest {
    @Test
    void eachStateAfterOfHasItsInstitution() {
        assertEquals(List.of("Brazilian government", "Chilean government", "Mexican government"),
                institutions("The governments of Brazil, Chile and Mexico rejected the intervention."));
    }

    @Test
    void oneStateAfterOfNamesItsInstitution() {
        assertEquals(List.of("Mexican Foreign Ministry"), institutions("The Ministry of Foreign Affairs of Mexico said the intervention was illegal."));
    }

    @Test
    void anEmbassysHostIsPartOfItsNameAndNoActor() {
        String sentence = "The Embassy of the Russian Federation in Kenya on Friday condemned the strikes.";
        assertEquals(List.of("Russian Embassy"), institutions(sentence));
        assertEquals(List.of("The Embassy of the Russian Federation in Kenya"),
                Fixtures.entities(sentence).inSentence(0).stream().map(Mention::text).toList());
    }

    @Test
    void aPlaceThatIsNoStateLeavesTheKindAlone() {
        assertEquals(List.of(), institutions("The government of the region said the roads were closed."));
    }

    private static List<String> institutions(String sentence) {
        return Fixtures.entities(sentence).inSentence(0).stream().map(Mention::actor).filter(Objects::nonNull)
                .filter(a -> a.type() == ActorType.INSTITUTION).map(Actor::name).toList();
    }
}
