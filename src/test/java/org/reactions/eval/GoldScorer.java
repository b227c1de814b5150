package org.reactions.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The scoring rules of {@code score.py} (a verbatim copy beside the sets; its docstring states them), in Java so that
 * {@code mvn test} checks the accuracy bars: gold entries are found by anchor coverage, precision is counted per
 * predicted sentence, labels and targets are compared per group of found entries that share a covering prediction.
 * {@code ScorerAgreementTest} checks that both give the same totals.
 */
final class GoldScorer {
    /** The counts score.py adds up over the documents. */
    static final class Counts {
        int tp, fp, fn, correct, ignored, anyTp, anyFn, anyFp, anyCorrect, speakers, ltp, lfp, lfn;
        int directTp, directFn, ttp, tfp, tfn, targetFound, targetCovered, targetScored, targetExact;
    }

    /**
     * The totals of score.py. {@code targetF1} and {@code targetExact} are null when no found entry has a prediction
     * with targets (or the gold gives none), as score.py's are.
     */
    record Score(double statementPrecision, double statementRecall, double statementF1, double speakerAccuracy,
                 double labelPrecision, double labelRecall, double labelF1, Double targetF1, Double targetExact,
                 double targetCoverage, Counts counts, List<String> missed) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "statementF1=%.3f speakerAcc=%.3f labelF1=%.3f targetF1=%s "
                            + "(tp=%d fp=%d fn=%d; labels tp=%d fp=%d fn=%d; targets tp=%d fp=%d fn=%d, coverage %.3f)",
                    statementF1, speakerAccuracy, labelF1, targetF1 == null ? "null" : String.format(Locale.ROOT, "%.3f", targetF1),
                    counts.tp, counts.fp, counts.fn, counts.ltp, counts.lfp, counts.lfn, counts.ttp, counts.tfp, counts.tfn,
                    targetCoverage);
        }
    }

    private GoldScorer() {
    }

    static String docId(String s) {
        String id = s.replace('\\', '/');
        id = id.substring(id.lastIndexOf('/') + 1);
        return id.endsWith(".txt") ? id.substring(0, id.length() - 4) : id;
    }

    static Score score(JsonNode gold, JsonNode pred) {
        Map<String, List<JsonNode>> predsByDoc = new HashMap<>();
        pred.path("statements").forEach(p -> predsByDoc.computeIfAbsent(docId(p.path("document").asText("")),
                d -> new ArrayList<>()).add(p));
        Map<String, JsonNode> docs = new TreeMap<>();  // score.py goes through the documents sorted by id
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.path("documents").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> doc = it.next();
            docs.put(doc.getKey(), doc.getValue());
        }
        Counts c = new Counts();
        List<String> missed = new ArrayList<>();
        for (Map.Entry<String, JsonNode> doc : docs.entrySet()) {
            List<JsonNode> golds = new ArrayList<>();
            doc.getValue().path("statements").forEach(golds::add);
            scoreDocument(new DocumentOverlaps(golds, predsByDoc.getOrDefault(doc.getKey(), List.of())), c, doc.getKey(), missed);
        }
        return totals(c, missed);
    }

    private static void scoreDocument(DocumentOverlaps doc, Counts c, String docId, List<String> missed) {
        List<JsonNode> golds = doc.golds;
        List<Integer> required = new ArrayList<>();
        for (int gi = 0; gi < golds.size(); gi++) {
            if (golds.get(gi).path("required").asBoolean(true)) {
                required.add(gi);
            }
        }
        DocumentOverlaps.Resolved any = doc.resolve(false);
        int anyTp = (int) required.stream().filter(any.found()::contains).count();
        c.anyTp += anyTp;
        c.anyFn += required.size() - anyTp;
        c.anyFp += any.count("fp");
        c.anyCorrect += any.count("correct");
        DocumentOverlaps.Resolved own = doc.resolve(true);
        int tp = (int) required.stream().filter(own.found()::contains).count();
        c.tp += tp;
        c.fn += required.size() - tp;
        c.fp += own.count("fp");
        c.correct += own.count("correct");
        c.ignored += own.count("ignored");
        List<Group> groups = new ArrayList<>();
        for (int gi : required) {
            boolean found = own.found().contains(gi);
            if (golds.get(gi).path("mode").asText("").equals("direct")) {
                if (found) {
                    c.directTp++;
                } else {
                    c.directFn++;
                }
            }
            if (!found) {
                missed.add(docId + ": " + golds.get(gi).path("anchor").asText());
                continue;
            }
            c.speakers += doc.speakerCovered(gi, own.cover().get(gi)) ? 1 : 0;
            c.targetFound++;
            addToGroups(groups, gi, own.cover().get(gi));
        }
        for (Group group : groups) {
            scoreGroup(group, doc, c);
        }
    }

    /** Found entries that share a covering prediction, scored together for labels and targets. */
    private record Group(Set<Integer> golds, Set<Integer> preds) {
    }

    private static void addToGroups(List<Group> groups, int gi, List<Integer> cover) {
        Group merged = new Group(new HashSet<>(Set.of(gi)), new HashSet<>(cover));
        for (Iterator<Group> it = groups.iterator(); it.hasNext(); ) {
            Group group = it.next();
            if (group.preds().stream().anyMatch(cover::contains)) {
                it.remove();
                merged.golds().addAll(group.golds());
                merged.preds().addAll(group.preds());
            }
        }
        groups.add(merged);
    }

    private static void scoreGroup(Group group, DocumentOverlaps doc, Counts c) {
        Set<String> goldLabels = new HashSet<>();
        group.golds().forEach(gi -> doc.golds.get(gi).path("labels").forEach(l -> goldLabels.add(l.asText())));
        Set<String> predLabels = new HashSet<>();
        group.preds().forEach(pi -> doc.preds.get(pi).path("labels").forEach(l -> predLabels.add(l.asText())));
        bare(goldLabels);
        bare(predLabels);
        c.ltp += intersection(goldLabels, predLabels);
        c.lfp += predLabels.size() - intersection(goldLabels, predLabels);
        c.lfn += goldLabels.size() - intersection(goldLabels, predLabels);
        List<JsonNode> predTargets = group.preds().stream().map(pi -> doc.preds.get(pi).path("targets")).filter(JsonNode::isArray).toList();
        if (predTargets.isEmpty()) {
            return;
        }
        c.targetCovered += group.golds().size();
        List<JsonNode> goldTargets = group.golds().stream().map(gi -> doc.golds.get(gi).path("targets")).filter(JsonNode::isArray).toList();
        if (goldTargets.isEmpty()) {
            return;
        }
        c.targetScored += group.golds().size();
        Set<String> gt = new HashSet<>();
        goldTargets.forEach(t -> t.forEach(code -> gt.add(code.asText().strip().toUpperCase(Locale.ROOT))));
        Set<String> pt = new HashSet<>();
        predTargets.forEach(t -> t.forEach(code -> {
            if (code.isTextual()) {
                pt.add(code.asText().strip().toUpperCase(Locale.ROOT));
            }
        }));
        c.ttp += intersection(gt, pt);
        c.tfp += pt.size() - intersection(gt, pt);
        c.tfn += gt.size() - intersection(gt, pt);
        c.targetExact += gt.equals(pt) ? group.golds().size() : 0;
    }

    /** OTHER does not count beside another label. */
    private static void bare(Set<String> labels) {
        if (labels.size() > 1) {
            labels.remove("OTHER");
        }
    }

    private static int intersection(Set<String> a, Set<String> b) {
        return (int) a.stream().filter(b::contains).count();
    }

    private static Score totals(Counts c, List<String> missed) {
        double p = ratio(c.correct, c.correct + c.fp);
        double r = ratio(c.tp, c.tp + c.fn);
        Double targetF1 = null;
        Double targetExact = null;
        if (c.targetScored > 0) {
            // every scored entry agreeing on having no target is full agreement
            targetF1 = c.ttp + c.tfp + c.tfn == 0 ? 1.0 : f1(c.ttp, c.tfp, c.tfn);
            targetExact = ratio(c.targetExact, c.targetScored);
        }
        return new Score(p, r, harmonic(p, r), ratio(c.speakers, c.tp), ratio(c.ltp, c.ltp + c.lfp), ratio(c.ltp, c.ltp + c.lfn),
                f1(c.ltp, c.lfp, c.lfn), targetF1, targetExact, ratio(c.targetCovered, c.targetFound), c, missed);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0.0 : part / (double) whole;
    }

    private static double harmonic(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    private static double f1(int tp, int fp, int fn) {
        return harmonic(ratio(tp, tp + fp), ratio(tp, tp + fn));
    }
}
