package org.reactions.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A code is exactly two letters A to Z, whatever else a string holds, and codes compare as their letters do, so that
 * every sorted output (targets, a country's list) keeps the order it had when codes were strings.
 */
class CountryCodePropertiesTest {
    @Provide
    Arbitrary<String> anyShortText() {
        Arbitrary<Character> near = Arbitraries.of('A', 'Z', 'a', 'z', '@', '[', '0', ' ', '\u00c4', '\u0410');
        return Arbitraries.oneOf(near, Arbitraries.chars()).list().ofMaxSize(3).map(cs -> {
            StringBuilder b = new StringBuilder();
            cs.forEach(b::append);
            return b.toString();
        });
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.strings().withCharRange('A', 'Z').ofLength(2);
    }

    @Property(tries = 2000)
    void wellFormedIsTwoAsciiUpperCaseLetters(@ForAll("anyShortText") String text) {
        assertEquals(text.matches("[A-Z]{2}"), CountryCode.wellFormed(text), text);
    }

    @Property(tries = 1000)
    void codesCompareAsTheirLetters(@ForAll("codes") String a, @ForAll("codes") String b) {
        assertEquals(Integer.signum(a.compareTo(b)), Integer.signum(CountryCode.of(a).compareTo(CountryCode.of(b))), a + " " + b);
        assertEquals(a.equals(b), CountryCode.of(a).equals(CountryCode.of(b)));
    }
}
