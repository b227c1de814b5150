package org.reactions.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Accuracy regression test: the tool, run through its command line, scored with the rules of {@code score.py} against
 * hand-made gold: the development gold of the shared corpus, and every evaluation set (a folder with a set.properties,
 * see {@link EvaluationSet}). Fails below a set's bars. A locked set's misses are never printed, only its totals.
 */
class EvaluationTest {
    private static final Path DEV_GOLD = EvaluationSet.ROOT.resolve("dev-gold.json");

    @Test
    void developmentGoldOfTheSharedCorpus() throws Exception {
        GoldScorer.Score s = GoldScorer.score(EvaluationSet.readJson(DEV_GOLD), EvaluationSet.summarize(List.of("corpus")));
        System.out.println("dev-gold.json: " + s);
        // label F1 moves with each rebuild of the stance model (docs/STANCE.md): 0.875 with the build of 2026-12-07's first
        // stop, 0.843 with this one, trained on 32 more statements of the corpus that the statement stage now finds
        assertBars("dev-gold.json", Map.of("statementF1", 0.90, "speakerAccuracy", 0.95, "labelF1", 0.81), s, false);
    }

    @TestFactory
    List<DynamicTest> everyEvaluationSet() throws Exception {
        List<EvaluationSet> sets = EvaluationSet.discover();
        assertFalse(sets.isEmpty(), "no evaluation set under " + EvaluationSet.ROOT);
        List<DynamicTest> tests = new ArrayList<>();
        for (EvaluationSet set : sets) {
            tests.add(DynamicTest.dynamicTest(set.name(), () -> {
                GoldScorer.Score s = GoldScorer.score(set.gold(), set.predict());
                System.out.println(set.name() + (set.locked() ? " (locked): " : ": ") + s);
                assertBars(set.name(), set.bars(), s, set.locked());
            }));
        }
        return tests;
    }

    static double figure(String name, GoldScorer.Score s) {
        return switch (name) {
            case "statementF1" -> s.statementF1();
            case "speakerAccuracy" -> s.speakerAccuracy();
            case "labelF1" -> s.labelF1();
            // no targets in the output: a set that sets a bar on them fails
            case "targetF1" -> s.targetF1() == null ? Double.NaN : s.targetF1();
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static void assertBars(String set, Map<String, Double> bars, GoldScorer.Score s, boolean locked) {
        List<String> failures = belowBars(set, bars, s, locked);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** A message for each bar the score is below; a locked set's misses are for nobody's eyes, so only dev sets list them. */
    static List<String> belowBars(String set, Map<String, Double> bars, GoldScorer.Score s, boolean locked) {
        List<String> failures = new ArrayList<>();
        for (String name : EvaluationSet.FIGURES) {
            Double bar = bars.get(name);
            double value = figure(name, s);
            if (bar != null && !(value >= bar)) {
                String message = String.format(Locale.ROOT, "%s: %s %.3f is below %.3f: %s", set, name, value, bar, s);
                failures.add(locked ? message : message + "\nmissed:\n  " + String.join("\n  ", s.missed()));
            }
        }
        return failures;
    }
}
