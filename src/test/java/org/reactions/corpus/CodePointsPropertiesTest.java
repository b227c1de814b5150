package org.reactions.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Offsets round-trip through {@link CodePoints} on any text: ASCII, other BMP letters, astral characters (a pair of
 * surrogates each), and lone high and low surrogates, which a broken or cut file may hold and which count as one code
 * point each, as Java's own {@code codePointCount} counts them.
 */
class CodePointsPropertiesTest {
    private static final int HIGH = 0xD800;
    private static final int LOW = 0xDC00;

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> ascii = Arbitraries.chars().range(' ', '~').map(String::valueOf);
        Arbitrary<String> bmp = Arbitraries.chars().range('\u00A0', '\uD7FF').map(String::valueOf);
        Arbitrary<String> astral = Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString);
        Arbitrary<String> loneHigh = Arbitraries.integers().between(HIGH, LOW - 1).map(c -> String.valueOf((char) (int) c));
        Arbitrary<String> loneLow = Arbitraries.integers().between(LOW, 0xDFFF).map(c -> String.valueOf((char) (int) c));
        Arbitrary<String> piece = Arbitraries.frequencyOf(Tuple.of(4, ascii), Tuple.of(2, bmp), Tuple.of(3, astral),
                Tuple.of(1, loneHigh), Tuple.of(1, loneLow));
        return piece.list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 2500)
    void everyOffsetCountsTheCodePointsBeforeIt(@ForAll("texts") String text) {
        CodePoints codePoints = new CodePoints(text);
        for (int i = 0; i <= text.length(); i++) {
            assertEquals(text.codePointCount(0, i), codePoints.of(i), "offset " + i);
        }
    }

    @Property(tries = 2500)
    void aSliceByCodePointsIsTheSliceByUtf16Offsets(@ForAll("texts") String text) {
        CodePoints codePoints = new CodePoints(text);
        List<Integer> boundaries = java.util.stream.IntStream.rangeClosed(0, text.length())
                .filter(i -> i == 0 || i == text.length() || !Character.isSurrogatePair(text.charAt(i - 1), text.charAt(i)))
                .boxed().toList();
        int[] all = text.codePoints().toArray();
        for (int start : boundaries) {
            int from = codePoints.of(start);
            assertEquals(start, text.offsetByCodePoints(0, from), "back from code point " + from);
            for (int end : boundaries.subList(boundaries.indexOf(start), boundaries.size())) {
                int to = codePoints.of(end);
                assertEquals(text.substring(start, end), new String(all, from, to - from), start + ".." + end);
            }
        }
    }
}
