package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.knowledge.CountryCode;

/** Officials of several countries under one plural title speak for each of them. */
class JointOfficialsTest {
    @Test
    void coordinatedNationalitiesBeforeAPluralTitleAreEachCountrysOfficials() {
        assertEquals(List.of("RU", "CN"), countriesOf("Russian and Chinese officials said the blockade was illegal."));
    }

    @Test
    void aListOfThreeNationalitiesGivesThreeSpeakers() {
        assertEquals(List.of("BR", "CO", "MX"), countriesOf("The Brazilian, Colombian and Mexican foreign ministers said the blockade was illegal."));
    }

    @Test
    void thePresidentsOfTwoCountriesAreEachCountrysPresident() {
        assertEquals(List.of("BR", "MX"), countriesOf("The presidents of Brazil and Mexico said the blockade was illegal."));
    }

    @Test
    void anOfficeWithOneHolderIsItsHolder() {
        assertEquals(List.of("Vladimir Putin", "Xi Jinping"),
                Reading.speakers(Reading.at("The Russian and Chinese presidents said the blockade was illegal.", "said")));
        assertEquals(List.of("Luiz Inácio Lula da Silva", "Claudia Sheinbaum"),
                Reading.speakers(Reading.at("The presidents of Brazil and Mexico said the blockade was illegal.", "said")));
        assertEquals(List.of("Brazilian Vice President", "Mexican Vice President"),
                Reading.speakers(Reading.at("The vice presidents of Brazil and Mexico said the blockade was illegal.", "said")));
    }

    @Test
    void aSingularTitleAfterCoordinatedNationalitiesIsNoJointVoice() {
        assertEquals(List.of("CN"), countriesOf("Russian and Chinese Foreign Minister Wang Yi said the blockade was illegal."));
    }

    private static List<String> countriesOf(String sentence) {
        return Reading.at(sentence, "said").speakers().stream().map(s -> s.actor().country()).map(CountryCode::value).toList();
    }
}
