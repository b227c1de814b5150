package org.reactions.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The overlaps of one document's gold entries and predictions, computed once (score.py's {@code Doc}). */
final class DocumentOverlaps {
    /** Union coverage of an anchor for its gold entry to count as found. */
    private static final double FOUND = 0.7;
    /** Coverage of an anchor by one prediction (or one sentence of it) that makes it correct. */
    private static final double ALONE = 0.7;
    /** Share of a prediction's own words inside an anchor for it to lie inside the anchor. */
    private static final double INSIDE = 0.7;
    /** Coverage by one prediction for it to take part in covering an anchor. */
    private static final double PART = 0.3;

    final List<JsonNode> golds;
    final List<JsonNode> preds;
    private final int[] anchorLength;
    /** Per gold entry, the predictions that take part in covering it, with their overlap. */
    private final Map<Integer, Map<Integer, TextOverlap.Overlap>> part = new HashMap<>();
    /** Per sentence of predicted text: its prediction and the gold entries it is correct for. */
    private final List<Map.Entry<Integer, Set<Integer>>> units = new ArrayList<>();

    /** What the predictions find, per gold entry, and the state ("correct", "ignored", "fp") of each predicted sentence. */
    record Resolved(Set<Integer> found, Map<Integer, List<Integer>> cover, List<String> states) {
        int count(String state) {
            return (int) states.stream().filter(state::equals).count();
        }
    }

    DocumentOverlaps(List<JsonNode> golds, List<JsonNode> preds) {
        this.golds = golds;
        this.preds = preds;
        anchorLength = new int[golds.size()];
        for (int gi = 0; gi < golds.size(); gi++) {
            anchorLength[gi] = TextOverlap.tokens(anchor(gi)).size();
        }
        for (int pi = 0; pi < preds.size(); pi++) {
            String evidence = evidence(preds.get(pi));
            for (int gi = 0; gi < golds.size(); gi++) {
                TextOverlap.Overlap o = TextOverlap.spans(anchor(gi), evidence);
                if (!o.covered().isEmpty() && o.anchorLength() > 0 && (o.alone() >= PART || o.inside() >= INSIDE)) {
                    part.computeIfAbsent(gi, k -> new TreeMap<>()).put(pi, o);
                }
            }
        }
        for (int pi = 0; pi < preds.size(); pi++) {
            addUnits(pi);
        }
    }

    private void addUnits(int pi) {
        List<String> sentences = TextOverlap.sentences(preds.get(pi).path("text").asText(""));
        List<String> texts = sentences.size() < 2 ? List.of(evidence(preds.get(pi))) : sentences;
        // the entries the whole prediction covers 0.7 of, or lies inside
        Set<Integer> whole = new HashSet<>();
        part.forEach((gi, byPred) -> {
            TextOverlap.Overlap o = byPred.get(pi);
            if (o != null && (o.alone() >= ALONE || o.inside() >= INSIDE)) {
                whole.add(gi);
            }
        });
        for (String text : texts) {
            Set<Integer> ok = new HashSet<>();
            for (int gi = 0; gi < golds.size(); gi++) {
                TextOverlap.Overlap o = TextOverlap.spans(anchor(gi), text);
                if (o.covered().isEmpty() || o.anchorLength() == 0) {
                    continue;
                }
                double alone = o.alone();
                if (alone >= ALONE || (o.inside() >= INSIDE && o.covered().size() >= Math.min(TextOverlap.RUN, o.anchorLength()))
                        || (whole.contains(gi) && alone >= PART)) {
                    ok.add(gi);
                }
            }
            units.add(Map.entry(pi, ok));
        }
    }

    Resolved resolve(boolean useCountry) {
        Set<Integer> found = new HashSet<>();
        Map<Integer, List<Integer>> cover = new HashMap<>();
        for (int gi = 0; gi < golds.size(); gi++) {
            Map<Integer, TextOverlap.Overlap> taking = new TreeMap<>();
            for (Map.Entry<Integer, TextOverlap.Overlap> e : part.getOrDefault(gi, Map.of()).entrySet()) {
                if (!useCountry || sameCountry(gi, e.getKey())) {
                    taking.put(e.getKey(), e.getValue());
                }
            }
            if (unionShare(taking.values().stream().map(TextOverlap.Overlap::covered).toList(), anchorLength[gi]) >= FOUND) {
                found.add(gi);
            }
            double best = taking.values().stream().mapToDouble(TextOverlap.Overlap::alone).max().orElse(0.0);
            // when one prediction covers the anchor alone, those covering most of it (a paraphrase elsewhere that
            // shares a run is left out), else all that take part
            cover.put(gi, taking.entrySet().stream().filter(e -> best < ALONE || e.getValue().alone() == best)
                    .map(Map.Entry::getKey).toList());
        }
        List<String> states = new ArrayList<>();
        for (Map.Entry<Integer, Set<Integer>> unit : units) {
            List<Integer> ok = unit.getValue().stream().filter(gi -> !useCountry || sameCountry(gi, unit.getKey())).toList();
            if (ok.stream().anyMatch(gi -> golds.get(gi).path("required").asBoolean(true))) {
                states.add("correct");
            } else {
                states.add(ok.isEmpty() ? "fp" : "ignored");
            }
        }
        return new Resolved(found, cover, states);
    }

    /** Whether the predictions among {@code cover} that carry the gold speaker cover the anchor together. */
    boolean speakerCovered(int gi, List<Integer> cover) {
        List<Set<Integer>> covered = cover.stream().filter(pi -> speakerOk(golds.get(gi), preds.get(pi)))
                .map(pi -> part.get(gi).get(pi).covered()).toList();
        return unionShare(covered, anchorLength[gi]) >= FOUND;
    }

    static boolean speakerOk(JsonNode gold, JsonNode pred) {
        JsonNode speaker = pred.path("speaker");
        String name = TextOverlap.norm(speaker.isObject() ? speaker.path("name").asText("") : speaker.asText(""));
        if (name.isEmpty()) {
            return false;
        }
        Set<String> names = new HashSet<>();
        names.add(TextOverlap.norm(gold.path("speaker").asText("")));
        gold.path("aliases").forEach(a -> names.add(TextOverlap.norm(a.asText())));
        Set<String> surnames = new HashSet<>();
        names.stream().filter(n -> !n.isEmpty()).forEach(n -> surnames.add(lastWord(n)));
        if (names.contains(name) || surnames.contains(lastWord(name))
                || names.stream().anyMatch(n -> n.length() > 3 && (n.contains(name) || name.contains(n)))) {
            return true;
        }
        if (gold.path("speakerType").asText("").equals("state")) {
            String type = speaker.path("type").asText("");
            return type.equals("state") || type.equals("institution");
        }
        return false;
    }

    private static String lastWord(String normalised) {
        return normalised.substring(normalised.lastIndexOf(' ') + 1);
    }

    private boolean sameCountry(int gi, int pi) {
        return golds.get(gi).path("country").asText("").equals(preds.get(pi).path("country").asText(""));
    }

    private String anchor(int gi) {
        return golds.get(gi).path("anchor").asText("");
    }

    private static String evidence(JsonNode p) {
        return p.path("text").asText("") + " " + p.path("quote").asText("");
    }

    private static double unionShare(List<Set<Integer>> parts, int n) {
        Set<Integer> union = new HashSet<>();
        parts.forEach(union::addAll);
        return n == 0 ? 0.0 : union.size() / (double) n;
    }
}
