package org.reactions.stance.vocabulary;

import org.reactions.stance.BundledLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reactions.knowledge.DataFiles;
import org.reactions.knowledge.DataRow;

/**
 * The CAMEO tables are a complete conversion of the source dictionary (the counts the converter recorded in their
 * headers), every code has a label row, and every row of every table is used.
 */
class CameoTablesTest {
    private static final CameoVerbs CAMEO = CameoVerbs.bundled(BundledLabels.LABELS.names());

    private static Map<String, Integer> sourceCounts() throws IOException {
        try (InputStream in = CameoTablesTest.class.getClassLoader().getResourceAsStream(CameoVerbs.VERBS)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String line = text.lines().filter(l -> l.startsWith("# source counts:")).findFirst().orElseThrow();
            Map<String, Integer> counts = new HashMap<>();
            String group = "";
            for (String part : line.substring(2).split(";")) {
                Matcher head = Pattern.compile("^\\s*([^:=]+):").matcher(part);
                group = head.find() ? head.group(1).strip() : group;
                Matcher count = Pattern.compile("([a-z-]+)=(\\d+)").matcher(part);
                while (count.find()) {
                    counts.put(group + " " + count.group(1), Integer.parseInt(count.group(2)));
                }
            }
            return counts;
        }
    }

    private static long distinctLines(List<DataRow> rows, int column) {
        return rows.stream().map(r -> r.get(column)).distinct().count();
    }

    @Test
    void everyEntryOfTheSourceIsConvertedOrCountedAsDropped() throws IOException {
        Map<String, Integer> c = sourceCounts();
        assertEquals(1817, c.get("source counts verb-entries"), c.toString()); // CAMEO.2.0.txt as of the recorded commit
        assertEquals(4668, c.get("source counts patterns"), c.toString());
        List<DataRow> verbs = DataFiles.resource(CameoVerbs.VERBS, 8);
        List<DataRow> patterns = DataFiles.resource(CameoVerbs.PATTERNS, 7);
        List<DataRow> synsets = DataFiles.resource(CameoSynsets.FILE, 3);
        assertEquals(c.get("source counts verb-entries") - c.get("dropped as names verb-entries"), distinctLines(verbs, 7));
        assertEquals(c.get("source counts patterns") - c.get("dropped as names patterns")
                - c.get("dropped for an undefined synonym set patterns")
                - c.get("overwritten by a later line with the same words patterns"), patterns.size());
        assertEquals(c.get("source counts synset-members") - c.get("left out, in sets no pattern names synset-members"),
                distinctLines(synsets, 2));
    }

    @Test
    void everyCodeHasALabelRowAndEveryLabelRowIsUsed() {
        CameoCodes codes = CameoCodes.bundled(BundledLabels.LABELS.names());
        Set<String> unlabelled = CAMEO.codesUsed().stream().filter(code -> codes.of(code) == null)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unlabelled);
        Set<String> usedPrefixes = CAMEO.codesUsed().stream().map(code -> codes.of(code).prefix()).collect(Collectors.toSet());
        List<String> unused = codes.entries().stream().map(CameoCodes.CodeLabel::prefix).filter(p -> !usedPrefixes.contains(p)).toList();
        assertEquals(List.of(), unused);
    }

    @Test
    void everyPatternParsesAndEverySynonymSetIsNamed() {
        Set<String> named = new TreeSet<>();
        Pattern reference = Pattern.compile("&([a-z_]+)");
        for (DataRow row : DataFiles.resource(CameoVerbs.PATTERNS, 7)) {
            Matcher m = reference.matcher(row.get(2) + " " + row.get(3));
            while (m.find()) {
                named.add(m.group(1));
            }
        }
        for (String block : CAMEO.blocks()) {
            assertTrue(!CAMEO.patterns(block).isEmpty(), block);
        }
        Set<String> sets = DataFiles.resource(CameoSynsets.FILE, 3).stream().map(r -> r.get(0)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(sets, named);
    }

    @Test
    void everyFormIsOneLowerCaseWordAndIsLookedUp() {
        for (DataRow row : DataFiles.resource(CameoVerbs.VERBS, 8)) {
            for (String form : row.list(1)) {
                assertTrue(form.matches("[a-z]+(-[a-z]+)*"), row.source() + ":" + row.line() + " " + form);
                assertTrue(CAMEO.isVerbForm(form), form);
            }
        }
    }

    /** A pattern's words as a phrase: syntax marks dropped, a set's first phrase for &set, alternatives' first. */
    private static String render(String side, Map<String, String> firstPhrase) {
        if (side.equals("-")) {
            return "";
        }
        List<String> words = new java.util.ArrayList<>();
        for (String word : side.replaceAll("[(){}]", "").split(" ")) {
            if (word.startsWith("&")) {
                String set = word.substring(1);
                String rest = "";
                while (!firstPhrase.containsKey(set) && set.contains("_")) { // "&military_aid" is a set, then a word
                    rest = set.substring(set.lastIndexOf('_') + 1) + (rest.isEmpty() ? "" : " " + rest);
                    set = set.substring(0, set.lastIndexOf('_'));
                }
                words.add(firstPhrase.get(set) + (rest.isEmpty() ? "" : " " + rest));
            } else if (word.contains("_&")) { // "fighter_&aircraft": a word, then a set
                words.add(render(word.replace("_&", " &"), firstPhrase));
            } else if (!word.matches("[$+^%]")) {
                words.add(word.split("/")[0].replace('_', ' ').strip());
            }
        }
        return String.join(" ", words).replaceAll("\\s+", " ").strip();
    }

    @Test
    void everyPatternGivesItsCodeInASentenceMadeOfIt() {
        Map<String, String> firstPhrase = new HashMap<>();
        for (DataRow row : DataFiles.resource(CameoSynsets.FILE, 3)) {
            firstPhrase.putIfAbsent(row.get(0), row.get(1));
        }
        Map<String, String> verbOfBlock = new HashMap<>();
        for (DataRow row : DataFiles.resource(CameoVerbs.VERBS, 8)) {
            if (row.optional(2) == null && row.optional(3) == null) {
                verbOfBlock.putIfAbsent(row.get(4), row.get(0));
            }
        }
        List<String> failures = new java.util.ArrayList<>();
        for (DataRow row : DataFiles.resource(CameoVerbs.PATTERNS, 7)) {
            String verb = row.optional(1) != null ? row.get(1) : verbOfBlock.get(row.get(0));
            String before = render(row.get(2), firstPhrase);
            String sentence = ("yesterday they " + before + " " + verb + " " + render(row.get(3), firstPhrase) + " .")
                    .replaceAll("\\s+", " ");
            List<String> words = Words.of(sentence);
            int index = ("yesterday they " + before).strip().split(" ").length;
            CameoMatch match = CAMEO.match(words, index);
            String expected = row.get(4);
            String found = match == null ? "-" : match.code();
            if (!expected.equals(found) && !shadowedByALaterEquivalent(row, verb, words, index)) {
                failures.add(row.line() + " '" + sentence + "' " + expected + " -> " + match);
            }
        }
        assertEquals(0, failures.size(), failures.size() + " patterns give neither their code nor way to a later equal one:\n  "
                + String.join("\n  ", failures.subList(0, Math.min(60, failures.size()))));
    }

    /**
     * Whether a later pattern of the block, as long, matches the same words: the loader's documented tie rule
     * (PETRARCH's tree keeps the later of two patterns with the same words; "demands" is also "demand" here).
     */
    private static boolean shadowedByALaterEquivalent(DataRow row, String verb, List<String> words, int index) {
        List<CameoPattern> block = CAMEO.patterns(row.get(0));
        CameoPattern own = block.stream().filter(p -> p.row == row.line()).findFirst().orElseThrow();
        int limit = words.size() - 1;
        int afterVerb = index + verb.split(" ").length;
        return block.stream().anyMatch(p -> p.row > own.row && p.size == own.size && p.appliesTo(verb)
                && p.matches(words, index, afterVerb, limit, CAMEO.synsets()));
    }
}
