package org.reactions.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A pattern word matches its inflections: a '*' stem its regular forms too ("praising" for "praise*"). */
class StanceCuePatternTest {
    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
        "praise*,  praising,  true",
        "praise*,  praised,   true",
        "bully*,   bullied,   true",
        "interfere*, interfering, true",
        "critici*, criticism, true",
        "praise*,  prays,     false",
        "oppose,   opposing,  true",
        "ally,     allies,    true",
        "oppose,   opposition, false"})
    void aPatternWordMatchesItsForms(String pattern, String word, boolean expected) {
        assertEquals(expected, StanceCue.matches(pattern, word));
    }
}
