package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Both leaders", "the two ministers": the two officials of two countries named before, each alone, speak together. */
class BothLeadersTest {
    private static final String CALL = "Kenyan President Daniel Mwangi spoke by phone with Chilean President Rosa Vidal on Monday. ";

    @Test
    void bothLeadersAreTheTwoOfficialsNamedBefore() {
        assertEquals(List.of("Daniel Mwangi", "Rosa Vidal"), Reading.speakers(Reading.at(CALL + "Both leaders called for an end to the blockade.", "called")));
    }

    @Test
    void theyAfterBothLeadersSpokeIsTheTwoAgain() {
        assertEquals(List.of("Daniel Mwangi", "Rosa Vidal"), Reading.speakers(Reading.at(CALL + "Both leaders agreed to stay in touch. "
                + "They also called for an end to the blockade.", "called")));
    }

    @Test
    void theTwoAloneAreTheTwoOfficialsNamedBefore() {
        assertEquals(List.of("Rosa Vidal", "Daniel Mwangi"), Reading.speakers(Reading.at(
                "Kenyan President Daniel Mwangi met Chilean President Rosa Vidal in Nairobi, where the two pledged to deepen ties.", "pledged")));
    }

    @Test
    void theTwoMinistersNeedTwoCountries() {
        assertEquals(List.of(), Reading.speakers(Reading.at("Kenyan Foreign Minister Grace Otieno met Kenyan Trade Minister Ali Hassan on Monday. "
                + "The two ministers called for an end to the blockade.", "called")));
    }

    @Test
    void officialsNamedAsAGroupAreNoPair() {
        assertEquals(List.of("Kenyan officials"), Reading.speakers(Reading.at("Kenyan officials met on Monday. They called for an end to the blockade.", "called")));
    }
}
