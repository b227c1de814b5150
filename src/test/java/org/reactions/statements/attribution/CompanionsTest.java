package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Actors that act along with a subject speak with it (Coordination.withCompanions). */
class CompanionsTest {
    @Test
    void anAsideAlongsideASubjectAddsItsActors() {
        assertEquals(List.of("China", "Russia"), Reading.speakers(Reading.at("China, alongside Russia and several Gulf states, has condemned "
                + "the raids on Venezuela.", "condemned")));
        assertEquals(List.of("Kremlin", "China"), Reading.speakers(Reading.at("The Kremlin, together with China, urged restraint on Friday.",
                "urged")));
    }

    @Test
    void joiningActorsInAnActAddsThem() {
        assertEquals(List.of("Chinese Foreign Ministry", "Russia"), Reading.speakers(Reading.at("China's foreign ministry joined Russia and a "
                + "chorus of Latin American states in condemning the raids.", "condemning")));
    }

    @Test
    void joiningActorsElsewhereAddsNoOne() {
        assertEquals(List.of("Chinese Foreign Ministry"), Reading.speakers(Reading.at("China's foreign ministry joined Russia at the talks "
                + "and condemned the raids.", "condemned")));
    }

    @Test
    void aCompanionWhoIsNoActorAddsNoOne() {
        assertEquals(List.of("Vladimir Putin"), Reading.speakers(Reading.at("Putin, along with his aides, said the raids were illegal.",
                "said")));
    }
}
