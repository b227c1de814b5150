package org.reactions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.pipeline.ExitCode;

class SuggestionsTest {
    private static final List<String> OPTIONS = List.of("--format", "--countries", "--country", "--label", "--output", "-o", "--quiet");

    @Test
    void aSwapOfNeighboursIsOneEdit() {
        assertEquals(1, Suggestions.distance("fromat", "format"));
        assertEquals(2, Suggestions.distance("fromat", "formta"));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
        assertEquals(List.of("--format"), Suggestions.nearest("--fromat", OPTIONS));
        assertEquals(List.of("--label"), Suggestions.nearest("--lable", OPTIONS));
    }

    @Test
    void nearestFirstAtMostThreeAndNothingFarOff() {
        assertEquals(List.of("--countries"), Suggestions.nearest("--countires", OPTIONS));
        assertEquals(List.of("--country", "--countries"), Suggestions.nearest("--countri", OPTIONS));
        assertEquals(List.of("--format"), Suggestions.nearest("--form", OPTIONS));
        assertEquals(List.of(), Suggestions.nearest("--verbose", OPTIONS));
        assertEquals(List.of("summarize"), Suggestions.nearest("sumamrize", List.of("summarize", "statements", "actors", "explain", "report")));
    }

    @Test
    void everyMistakeGetsTheSameShapeOfError() {
        CliRun option = CliRun.run("summarize", "corpus", "--fromat", "json");
        assertEquals("reactions: unknown option '--fromat' (did you mean --format?)", option.err().lines().findFirst().orElse(""));
        CliRun help = CliRun.run("help", "sumamrize");
        assertEquals("reactions: unknown command 'sumamrize' (did you mean summarize?)", help.err().lines().findFirst().orElse(""));
        assertEquals(ExitCode.USAGE, help.code());
        assertEquals("reactions: unknown command 'nosuch'", CliRun.run("help", "nosuch").err().lines().findFirst().orElse(""));
    }
}
