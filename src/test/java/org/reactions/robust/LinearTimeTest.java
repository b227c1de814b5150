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
 * Every stage is linear in the input, whatever its shape, counted without a clock: eight times the input takes at
 * most about eight times the work, the tokens the stages visit ({@link DocumentResult#steps()}: the entity reader,
 * the attribution rules, the stance reader). A walk back over the sentence at every word would take 64 times the
 * work. How long the shapes take is measured by bench/linear-time.sh.
 */
class LinearTimeTest {
    /** repetitions of each shape's unit for the smaller input */
    private static final int SIZE = 200;
    private static final int GROWTH = 8;
    /** room for what is not proportional: a sentence at either end, the first statement of a document */
    private static final double SLACK = 1.2;

    private static DocumentResult analyze(String text) {
        DocumentResult result = Fixtures.ANALYZER.analyze(0, new SourceDocument("shape", "shape.txt", text, null, 0, List.of()));
        assertFalse(result.failed(), result::error);
        return result;
    }

    @ParameterizedTest
    @EnumSource(InputShapes.class)
    void eightTimesTheInputTakesAtMostAboutEightTimesTheWork(InputShapes shape) {
        DocumentResult small = analyze(shape.text(SIZE));
        DocumentResult large = analyze(shape.text(GROWTH * SIZE));
        String figures = String.format("%s: %d repetitions, %d tokens, %d steps; %d repetitions, %d tokens, %d steps (x%.2f)",
                shape, SIZE, small.tokens(), small.steps(), GROWTH * SIZE, large.tokens(), large.steps(),
                (double) large.steps() / small.steps());
        assertTrue(large.tokens() >= GROWTH * small.tokens() * 0.9, figures);
        assertTrue(large.steps() <= GROWTH * SLACK * small.steps(), figures);
    }

    @Test
    void theStepsCountTheStagesVisits() {
        DocumentResult one = analyze(InputShapes.STATEMENTS.text(1));
        assertTrue(one.steps() > one.tokens(), one.steps() + " steps for " + one.tokens() + " tokens");
        assertTrue(analyze(InputShapes.STATEMENTS.text(2)).steps() > one.steps());
    }

    @Test
    void theShapesAreWhatTheySay() {
        assertTrue(InputShapes.LONG_SENTENCE.text(3).chars().filter(c -> c == '.').count() == 0);
        assertTrue(InputShapes.PARAGRAPHS.text(3).split("\n").length == 3);
    }
}
