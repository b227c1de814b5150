package org.reactions.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java scorer gives the totals of {@code score.py} on the same prediction: the tool's output on the shared corpus
 * and on the iran-dev set, with {@code targets} added in a fixed pattern (absent, a pair, empty) so that the target
 * figures are compared too while the tool gives none. Runs the verbatim copy of score.py beside the sets, which must
 * equal ../shared/eval/score.py where that exists; skipped without python3 unless REACTIONS_CI=required.
 */
class ScorerAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCORE_PY = EvaluationSet.ROOT.resolve("score.py");
    private static final Path SHARED_SCORE_PY = Path.of("../shared/eval/score.py");

    @TempDir
    Path dir;

    @Test
    void theCopyOfScorePyIsTheSharedOne() throws Exception {
        assumeTrue(Files.exists(SHARED_SCORE_PY), "no ../shared/eval/score.py beside this checkout");
        assertEquals(Files.readString(SHARED_SCORE_PY), Files.readString(SCORE_PY), "copy " + SCORE_PY + " from " + SHARED_SCORE_PY);
    }

    @Test
    void sameTotalsOnTheSharedCorpus() throws Exception {
        assertSameTotals(EvaluationSet.ROOT.resolve("dev-gold.json"), EvaluationSet.summarize(List.of("corpus")));
    }

    @Test
    void sameTotalsOnTheDevelopmentSet() throws Exception {
        EvaluationSet set = EvaluationSet.load(EvaluationSet.ROOT.resolve("iran-dev"));
        assertSameTotals(set.folder().resolve("gold.json"), set.predict());
    }

    private void assertSameTotals(Path gold, JsonNode prediction) throws Exception {
        withTargets(prediction);
        Path predicted = dir.resolve("prediction.json");
        JSON.writeValue(predicted.toFile(), prediction);
        JsonNode python = python(gold, predicted).path("totals");
        GoldScorer.Score java = GoldScorer.score(EvaluationSet.readJson(gold), prediction);
        GoldScorer.Counts c = java.counts();
        JsonNode st = python.path("statements");
        assertEquals(List.of(st.path("tp").asInt(), st.path("fp").asInt(), st.path("fn").asInt(), st.path("correct").asInt(),
                st.path("ignored").asInt()), List.of(c.tp, c.fp, c.fn, c.correct, c.ignored), "statement counts");
        assertFigure(st.path("precision"), java.statementPrecision(), "statement precision");
        assertFigure(st.path("recall"), java.statementRecall(), "statement recall");
        assertFigure(st.path("f1"), java.statementF1(), "statement F1");
        assertFigure(python.path("speaker_accuracy"), java.speakerAccuracy(), "speaker accuracy");
        assertFigure(python.path("labels").path("precision"), java.labelPrecision(), "label precision");
        assertFigure(python.path("labels").path("recall"), java.labelRecall(), "label recall");
        assertFigure(python.path("labels").path("f1"), java.labelF1(), "label F1");
        JsonNode targets = python.path("targets");
        assertEquals(List.of(targets.path("tp").asInt(), targets.path("fp").asInt(), targets.path("fn").asInt()),
                List.of(c.ttp, c.tfp, c.tfn), "target counts");
        assertNotNull(java.targetF1(), "target F1 is scored");
        assertFigure(targets.path("f1"), java.targetF1(), "target F1");
        assertFigure(targets.path("exact"), java.targetExact(), "target exact");
        assertFigure(targets.path("coverage"), java.targetCoverage(), "target coverage");
    }

    private static void assertFigure(JsonNode python, double java, String what) {
        assertFalse(python.isMissingNode() || python.isNull(), what + " missing from score.py's output");
        assertEquals(python.asDouble(), java, 0.0005, what);
    }

    /** Targets in a fixed pattern by position: none, two (one to normalise), an empty list. */
    private static void withTargets(JsonNode prediction) {
        int i = 0;
        for (JsonNode statement : prediction.path("statements")) {
            ObjectNode s = (ObjectNode) statement;
            s.remove("targets");
            switch (i++ % 3) {
                case 1 -> s.putArray("targets").add("US").add(" il ");
                case 2 -> s.putArray("targets");
                default -> { }
            }
        }
    }

    private JsonNode python(Path gold, Path predicted) throws Exception {
        boolean python = new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        assertFalse("required".equals(System.getenv("REACTIONS_CI")) && !python, "REACTIONS_CI=required but python3 is missing");
        assumeTrue(python, "python3 is not installed; scorer agreement skipped");
        Path out = dir.resolve("score.json");
        Process process = new ProcessBuilder("python3", SCORE_PY.toString(), gold.toString(), predicted.toString(), "--json")
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertEquals(true, process.waitFor(120, TimeUnit.SECONDS), "score.py finished");
        assertEquals(0, process.exitValue(), "score.py exit code");
        return EvaluationSet.readJson(out);
    }
}
