package org.reactions.robust;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reactions.Fixtures;
import org.reactions.corpus.SourceDocument;
import org.reactions.summary.DocumentResult;

/**
 * Every stage is linear in the input, whatever its shape: doubling an input at most about doubles the time.
 * A quadratic stage would take four times as long; the bar is three, to leave room for a busy machine.
 */
class LinearTimeTest {
    /** repetitions of each shape's unit for the smaller input: large enough that a square term would dominate */
    private static final int SIZE = 2_000;
    private static final double MOST = 3.0;
    /** the least time the smaller input must take for the ratio to mean something, in nanoseconds */
    private static final long SHORTEST = 200_000_000L;

    private static long bestOfThree(String text) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            DocumentResult result = Fixtures.ANALYZER.analyze(0, new SourceDocument("shape", "shape.txt", text, null, 0, List.of()));
            best = Math.min(best, System.nanoTime() - start);
            assertFalse(result.failed(), result::error);
        }
        return best;
    }

    @ParameterizedTest
    @EnumSource(InputShapes.class)
    void doublingTheInputAtMostAboutDoublesTheTime(InputShapes shape) {
        bestOfThree(shape.text(SIZE / 4)); // warm the JIT up on this shape's paths
        int size = SIZE;
        long small = bestOfThree(shape.text(size));
        while (small < SHORTEST && size < 32 * SIZE) { // a fast shape is grown until its time is more than noise
            size *= 2;
            small = bestOfThree(shape.text(size));
        }
        long large = bestOfThree(shape.text(2 * size));
        if ((double) large / small >= MOST) { // a collection or a compilation in the way: a square term stays at four when measured again
            small = Math.min(small, bestOfThree(shape.text(size)));
            large = Math.min(large, bestOfThree(shape.text(2 * size)));
        }
        double ratio = (double) large / small;
        assertTrue(ratio < MOST, String.format("%s: %d repetitions took %.0f ms, %d took %.0f ms (x%.1f)", shape, size,
                small / 1e6, 2 * size, large / 1e6, ratio));
    }

    @Test
    void theShapesAreWhatTheySay() {
        assertTrue(InputShapes.LONG_SENTENCE.text(3).chars().filter(c -> c == '.').count() == 0);
        assertTrue(InputShapes.PARAGRAPHS.text(3).split("\n").length == 3);
    }
}
