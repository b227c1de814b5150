package org.reactions.knowledge;

import java.io.Serializable;
import java.util.Collection;
import java.util.StringJoiner;

/**
 * A country's code as the knowledge base spells it: ISO 3166-1 alpha-2, two upper-case ASCII letters ("RU"), the
 * first column of {@code kb/countries.tsv}. Whether the knowledge base knows the country is the entity stage's
 * question ({@code ActorKnowledgeBase.country}); this type only promises the shape. Where a country is unknown or
 * international (an actor of the UN, a statement without a country) the library holds null, not a code.
 *
 * @param value the two letters
 */
public record CountryCode(String value) implements Comparable<CountryCode>, Serializable {
    private static final long serialVersionUID = 1L;
    private static final String SHAPE = "two upper-case letters (ISO 3166-1 alpha-2)";

    /** @throws IllegalArgumentException when {@code value} is not two upper-case ASCII letters */
    public CountryCode {
        if (!wellFormed(value)) {
            throw new IllegalArgumentException("country code must be " + SHAPE + ", found '" + value + "'");
        }
    }

    /**
     * The code of {@code text} exactly as written, neither trimmed nor upper-cased; anything else is a one-line
     * {@link IllegalArgumentException} that quotes it. What a user types ("uk", "Britain") goes through
     * {@code ActorKnowledgeBase.countryTyped} instead, which also reads names and keeps the command line's messages.
     */
    public static CountryCode of(String text) {
        return new CountryCode(text);
    }

    /** Whether {@code text} is a code of this shape, so a caller can say what it reads instead of catching. */
    public static boolean wellFormed(String text) {
        return text != null && text.length() == 2 && isUpperAscii(text.charAt(0)) && isUpperAscii(text.charAt(1));
    }

    private static boolean isUpperAscii(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** The letters of {@code code}, or null for no country (an international actor's), as the outputs write them. */
    public static String text(CountryCode code) {
        return code == null ? null : code.value;
    }

    /** The codes joined by {@code delimiter}, as the outputs list them ("IL, US"). */
    public static String join(CharSequence delimiter, Collection<CountryCode> codes) {
        StringJoiner joined = new StringJoiner(delimiter);
        codes.forEach(code -> joined.add(code.value));
        return joined.toString();
    }

    /** The string's hash, so that hash maps keyed by codes iterate in the order they did when codes were strings. */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(CountryCode other) {
        return value.compareTo(other.value);
    }

    /** The code itself, as every output writes it. */
    @Override
    public String toString() {
        return value;
    }
}
