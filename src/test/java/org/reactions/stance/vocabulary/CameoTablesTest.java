package org.reactions.stance.vocabulary;

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
    private static final CameoVerbs CAMEO = CameoVerbs.bundled();

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
                - c.get("dropped for an undefined synonym set patterns"), patterns.size());
        assertEquals(c.get("source counts synset-members") - c.get("left out, in sets no pattern names synset-members"),
                distinctLines(synsets, 2));
    }

    @Test
    void everyCodeHasALabelRowAndEveryLabelRowIsUsed() {
        CameoCodes codes = CameoCodes.bundled();
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
}
