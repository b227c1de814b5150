package org.reactions.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text functions of {@code score.py} ({@code norm}, {@code tokens}, {@code spans}, {@code sentences}), written to
 * give the same results: Python's {@code re} and {@code str} treat whitespace and word boundaries as Unicode, hence
 * {@link Pattern#UNICODE_CHARACTER_CLASS} here.
 */
final class TextOverlap {
    /** Shortest shared word run that counts as coverage (shorter anchors: the whole anchor). */
    static final int RUN = 3;

    private static final Map<Character, String> QUOTES = Map.of('\u201c', "\"", '\u201d', "\"", '\u201e', "\"", '\u2018', "'",
            '\u2019', "'", '\u00ab', "\"", '\u00bb', "\"", '\u2014', "-", '\u2013', "-");
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");
    private static final Pattern SENT_END = Pattern.compile(
            "(?<=[.!?])[\"'\u201d\u2019]?\\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ABBREV = Pattern.compile("(?:\\b[A-Z]\\.(?:[A-Z]\\.)*|\\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep"
            + "|Gov|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.)$", Pattern.UNICODE_CHARACTER_CLASS);

    private TextOverlap() {
    }

    /** What one text shares with another: the anchor's covered word positions, the share of the evidence inside. */
    record Overlap(Set<Integer> covered, double inside, int anchorLength) {
        /** The share of the anchor's words covered. */
        double alone() {
            return anchorLength == 0 ? 0 : covered.size() / (double) anchorLength;
        }
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        for (char c : n.toCharArray()) {
            b.append(QUOTES.getOrDefault(c, String.valueOf(c)));
        }
        return SPACES.matcher(b).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    static List<String> tokens(String s) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(norm(s));
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** The shared word runs of an anchor and an evidence text (score.py's {@code spans}). */
    static Overlap spans(String anchor, String evidence) {
        List<String> a = tokens(anchor);
        List<String> e = tokens(evidence);
        if (a.isEmpty() || e.isEmpty()) {
            return new Overlap(Set.of(), 0.0, a.size());
        }
        int k = Math.min(RUN, a.size());
        Set<Integer> coveredA = new HashSet<>();
        Set<Integer> coveredE = new HashSet<>();
        int[] prev = new int[e.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            int[] cur = new int[e.size() + 1];
            for (int j = 1; j <= e.size(); j++) {
                if (a.get(i - 1).equals(e.get(j - 1))) {
                    int n = cur[j] = prev[j - 1] + 1;
                    if (n >= k) {
                        addRange(coveredA, i - n, i);
                        addRange(coveredE, j - n, j);
                    }
                }
            }
            prev = cur;
        }
        String normAnchor = norm(anchor);
        if (!normAnchor.isEmpty() && norm(evidence).contains(normAnchor)) {
            coveredA.clear();
            addRange(coveredA, 0, a.size());
        }
        return new Overlap(coveredA, coveredE.size() / (double) e.size(), a.size());
    }

    private static void addRange(Set<Integer> set, int from, int to) {
        for (int i = from; i < to; i++) {
            set.add(i);
        }
    }

    /** The sentences of a predicted text; very short pieces stay with the one before (score.py's {@code sentences}). */
    static List<String> sentences(String text) {
        List<String> pieces = new ArrayList<>();
        for (String para : (text == null ? "" : text).split("\n", -1)) {
            int start = 0;
            Matcher m = SENT_END.matcher(para);
            while (m.find()) {
                if (ABBREV.matcher(para.substring(start, m.start())).find()) {
                    continue;
                }
                pieces.add(para.substring(start, m.end()));
                start = m.end();
            }
            pieces.add(para.substring(start));
        }
        List<String> units = new ArrayList<>();
        for (String s : pieces) {
            int size = tokens(s).size();
            if (size == 0) {
                continue;
            }
            if (!units.isEmpty() && (size < 3 || tokens(units.get(units.size() - 1)).size() < 3)) {
                units.set(units.size() - 1, units.get(units.size() - 1) + " " + s);
            } else {
                units.add(s);
            }
        }
        return units;
    }
}
