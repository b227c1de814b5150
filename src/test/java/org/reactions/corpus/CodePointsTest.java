package org.reactions.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CodePointsTest {
    @Test
    void offsetsAfterASurrogatePairMoveBackByOne() {
        String text = "a\uD83D\uDE00b\uD83D\uDE00c"; // a😀b😀c
        CodePoints points = new CodePoints(text);
        assertEquals(0, points.of(0));
        assertEquals(1, points.of(1));
        assertEquals(2, points.of(3));
        assertEquals(4, points.of(6));
        assertEquals(text.codePointCount(0, text.length()), points.of(text.length()));
    }

    @Test
    void plainTextIsUnchanged() {
        assertEquals(17, new CodePoints("plain ascii text.").of(17));
    }
}
