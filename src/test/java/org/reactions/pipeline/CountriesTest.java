package org.reactions.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;
import org.reactions.knowledge.CountryCode;

class CountriesTest {
    private static List<String> letters(List<CountryCode> codes) {
        return codes.stream().map(CountryCode::value).toList();
    }

    @Test
    void theDefaultsComeFromTheProfile() {
        assertEquals(List.of("RU", "CN", "IR"), letters(Countries.defaults()));
        assertEquals(Countries.defaults(), AnalysisSettings.builder().build().countries());
    }

    @Test
    void codesAreNormalisedDeduplicatedAndChecked() {
        assertEquals(List.of("TR", "IN"), letters(Countries.validated(List.of(" tr", "IN", "Tr"), Fixtures.KB)));
        assertEquals("unknown country code 'XX' (ISO 3166-1 alpha-2 or a country's name, e.g. RU, CN, IR, UK)",
                assertThrows(IllegalArgumentException.class, () -> Countries.validated(List.of("RU", "XX"), Fixtures.KB)).getMessage());
    }

    @Test
    void aCountrysNameOrAliasStandsForItsCode() {
        assertEquals(List.of("GB", "US", "CN"), letters(Countries.validated(List.of("UK", "U.S.", "china", "Britain", "gb"), Fixtures.KB)));
        assertThrows(IllegalArgumentException.class, () -> Countries.validated(List.of("Narnia"), Fixtures.KB));
    }
}
