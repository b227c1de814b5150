package org.reactions.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scoring rules of {@code ../shared/eval/score.py}, in Java so that the accuracy bars are checked by
 * {@code mvn test}: a gold statement is found when a predicted statement of the same document (and, for the
 * country-aware figures, the same country) covers its anchor; statements are matched one to one, best cover first.
 */
final class GoldScorer {
    private static final Set<String> STOP = Set.of(("the a an and or of to in on at for by with from that this is are was were be "
            + "been it its as has have had will would not no but if than then so such which who whom what when where there their they "
            + "them he she his her we our you your i").split(" "));
    private static final Map<Character, String> QUOTES = Map.of('\u201c', "\"", '\u201d', "\"", '\u201e', "\"", '\u2018', "'",
            '\u2019', "'", '\u00ab', "\"", '\u00bb', "\"", '\u2014', "-", '\u2013', "-");
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    /** The figures score.py prints on its last line, plus the missed and unexpected statements for messages. */
    record Score(double statementF1, double speakerAccuracy, double labelF1, int tp, int fp, int fn, List<String> missed) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "statementF1=%.3f speakerAcc=%.3f labelF1=%.3f (tp=%d fp=%d fn=%d)",
                    statementF1, speakerAccuracy, labelF1, tp, fp, fn);
        }
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        for (char c : n.toCharArray()) {
            b.append(QUOTES.getOrDefault(c, String.valueOf(c)));
        }
        return b.toString().replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(norm(s));
        while (m.find()) {
            String w = m.group();
            if (w.length() > 2 && !STOP.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    static double covers(String anchor, String evidence) {
        String a = norm(anchor);
        String e = norm(evidence);
        if (!a.isEmpty() && e.contains(a)) {
            return 1.0;
        }
        List<String> aw = words(anchor);
        if (aw.isEmpty()) {
            return 0.0;
        }
        Set<String> ew = new HashSet<>(words(evidence));
        return aw.stream().filter(ew::contains).count() / (double) aw.size();
    }

    static String docId(String s) {
        String id = s.replace('\\', '/');
        id = id.substring(id.lastIndexOf('/') + 1);
        return id.endsWith(".txt") ? id.substring(0, id.length() - 4) : id;
    }

    static boolean speakerOk(JsonNode gold, JsonNode pred) {
        JsonNode speaker = pred.path("speaker");
        String name = norm(speaker.isObject() ? speaker.path("name").asText("") : speaker.asText(""));
        if (name.isEmpty()) {
            return false;
        }
        Set<String> names = new HashSet<>();
        names.add(norm(gold.path("speaker").asText()));
        gold.path("aliases").forEach(a -> names.add(norm(a.asText())));
        Set<String> surnames = new HashSet<>();
        for (String n : names) {
            if (!n.isEmpty()) {
                surnames.add(n.substring(n.lastIndexOf(' ') + 1));
            }
        }
        String last = name.substring(name.lastIndexOf(' ') + 1);
        if (names.contains(name) || surnames.contains(last)
                || names.stream().anyMatch(n -> n.length() > 3 && (n.contains(name) || name.contains(n)))) {
            return true;
        }
        if (gold.path("speakerType").asText().equals("state")) {
            String type = speaker.path("type").asText("");
            return type.equals("state") || type.equals("institution");
        }
        return false;
    }

    private static String evidence(JsonNode p) {
        return p.path("text").asText("") + " " + (p.path("quote").isNull() ? "" : p.path("quote").asText(""));
    }

    private static List<int[]> match(List<JsonNode> golds, List<JsonNode> preds, boolean useCountry) {
        List<double[]> candidates = new ArrayList<>();
        for (int gi = 0; gi < golds.size(); gi++) {
            for (int pi = 0; pi < preds.size(); pi++) {
                if (useCountry && !preds.get(pi).path("country").asText().equals(golds.get(gi).path("country").asText())) {
                    continue;
                }
                double c = covers(golds.get(gi).path("anchor").asText(), evidence(preds.get(pi)));
                if (c >= 0.7) {
                    candidates.add(new double[] {c, gi, pi});
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((double[] t) -> -t[0])); // stable, like Python's sort
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedP = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (double[] c : candidates) {
            int gi = (int) c[1];
            int pi = (int) c[2];
            if (usedG.contains(gi) || usedP.contains(pi)) {
                continue;
            }
            usedG.add(gi);
            usedP.add(pi);
            pairs.add(new int[] {gi, pi});
        }
        return pairs;
    }

    static Score score(JsonNode gold, JsonNode pred) {
        Map<String, List<JsonNode>> predsByDoc = new HashMap<>();
        pred.path("statements").forEach(p -> predsByDoc.computeIfAbsent(docId(p.path("document").asText()), d -> new ArrayList<>()).add(p));
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int speakers = 0;
        int ltp = 0;
        int lfp = 0;
        int lfn = 0;
        List<String> missed = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.path("documents").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> doc = it.next();
            List<JsonNode> golds = new ArrayList<>();
            doc.getValue().path("statements").forEach(golds::add);
            List<JsonNode> preds = predsByDoc.getOrDefault(doc.getKey(), List.of());
            List<int[]> pairs = match(golds, preds, true);
            Set<Integer> matchedG = new HashSet<>();
            Set<Integer> matchedP = new HashSet<>();
            for (int[] pair : pairs) {
                matchedG.add(pair[0]);
                matchedP.add(pair[1]);
                JsonNode g = golds.get(pair[0]);
                if (!g.path("required").asBoolean(true)) {
                    continue;
                }
                tp++;
                JsonNode p = preds.get(pair[1]);
                speakers += speakerOk(g, p) ? 1 : 0;
                Set<String> gl = new HashSet<>();
                g.path("labels").forEach(l -> gl.add(l.asText()));
                Set<String> pl = new HashSet<>();
                p.path("labels").forEach(l -> pl.add(l.asText()));
                ltp += (int) gl.stream().filter(pl::contains).count();
                lfp += (int) pl.stream().filter(l -> !gl.contains(l)).count();
                lfn += (int) gl.stream().filter(l -> !pl.contains(l)).count();
            }
            for (int gi = 0; gi < golds.size(); gi++) {
                if (golds.get(gi).path("required").asBoolean(true) && !matchedG.contains(gi)) {
                    fn++;
                    missed.add(doc.getKey() + ": " + golds.get(gi).path("anchor").asText());
                }
            }
            for (int pi = 0; pi < preds.size(); pi++) {
                JsonNode p = preds.get(pi);
                if (matchedP.contains(pi)) {
                    continue;
                }
                boolean overlaps = golds.stream().anyMatch(g -> covers(g.path("anchor").asText(), evidence(p)) >= 0.7
                        && g.path("country").asText().equals(p.path("country").asText()));
                if (!overlaps) {
                    fp++;
                }
            }
        }
        return new Score(f1(tp, fp, fn), tp == 0 ? 0 : speakers / (double) tp, f1(ltp, lfp, lfn), tp, fp, fn, missed);
    }

    private static double f1(int tp, int fp, int fn) {
        double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
