package org.reactions.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reactions.cli.Main;

/**
 * Accuracy regression test: the tool, run through its command line, scored against hand-made gold annotations with
 * the rules of {@code score.py}: the development gold of the shared corpus, and the evaluation set of twelve
 * articles from other outlets (src/test/resources/eval, sources in SOURCES.md). Fails below the bars of the issues.
 */
class EvaluationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EVAL = Path.of("src/test/resources/eval");

    private static GoldScorer.Score score(String gold, String... paths) throws Exception {
        String[] args = new String[paths.length + 5];
        args[0] = "summarize";
        System.arraycopy(paths, 0, args, 1, paths.length);
        args[paths.length + 1] = "--format";
        args[paths.length + 2] = "json";
        args[paths.length + 3] = "--threads";
        args[paths.length + 4] = "1";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream());
        assertTrue(code == 0, "exit code " + code);
        JsonNode predicted = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode expected = JSON.readTree(Files.readString(EVAL.resolve(gold)));
        GoldScorer.Score score = GoldScorer.score(expected, predicted);
        System.out.println(gold + ": " + score);
        return score;
    }

    private static void assertAtLeast(String what, double bar, double value, GoldScorer.Score score) {
        assertTrue(value >= bar, String.format("%s %.3f is below %.2f: %s%nmissed:%n  %s", what, value, bar, score,
                String.join("\n  ", score.missed())));
    }

    @Test
    void developmentGoldOfTheSharedCorpus() throws Exception {
        GoldScorer.Score s = score("dev-gold.json", "corpus");
        assertAtLeast("statement F1", 0.90, s.statementF1(), s);
        assertAtLeast("speaker accuracy", 0.95, s.speakerAccuracy(), s);
        assertAtLeast("label F1", 0.85, s.labelF1(), s);
    }

    @Test
    void evaluationSetFromOtherOutlets() throws Exception {
        GoldScorer.Score s = score("gold.json", EVAL.resolve("articles").toString());
        assertAtLeast("statement F1", 0.85, s.statementF1(), s);
        assertAtLeast("speaker accuracy", 0.90, s.speakerAccuracy(), s);
        // 0.80 held while stance-cues.tsv had 43 cues that occurred only in these articles; without them (issue 10)
        // this set measures 0.71-0.73, and the bar stands just below that.
        assertAtLeast("label F1", 0.70, s.labelF1(), s);
    }
}
