package org.reactions.stance.vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.reactions.knowledge.DataFiles;
import org.reactions.knowledge.DataRow;

/**
 * The CAMEO verb dictionary converted from PETRARCH2 ({@code cameo-verbs.tsv}, {@code cameo-patterns.tsv},
 * {@code cameo-synsets.tsv}, {@code cameo-labels.tsv}): a verb form with the words after it gives the CAMEO
 * code and stance label of the longest matching pattern of its verb block. Lookups are hash lookups by form.
 * <p>
 * PETRARCH applies a block's patterns to every verb of the block; the source's comments show that each was
 * written for one verb, and applied to its synonyms many mislabel ("accused … (of &crime)" coded as a
 * conviction, written for "convict"). So a pattern applies to the verb it was written for, and a pattern that
 * names no verb to the whole block.
 */
public final class CameoVerbs {
    public static final String VERBS = "reactions/lexicon/cameo-verbs.tsv";
    public static final String PATTERNS = "reactions/lexicon/cameo-patterns.tsv";
    /** The dictionary the tables were converted from (its line numbers are in the tables). */
    private static final String SOURCE = "CAMEO.2.0.txt";
    /** Words that end the clause a pattern may match in. */
    private static final Set<String> CLAUSE_ENDS = Set.of(".", ";", ":", "?", "!");

    private record VerbEntry(String[] before, String[] after, String lemma, String block, String code,
                             String reciprocal, int row, int sourceLine) {
    }

    private final Map<String, List<VerbEntry>> byForm = new HashMap<>();
    /** pattern rows by block, parsed on the block's first lookup (most blocks are never needed) */
    private final Map<String, List<DataRow>> patternRows = new HashMap<>();
    private final Map<String, List<CameoPattern>> byBlock = new ConcurrentHashMap<>();
    private final CameoCodes codes;
    private final CameoSynsets synsets;
    private final int patternCount;

    private CameoVerbs(List<DataRow> verbs, List<DataRow> patterns, CameoSynsets synsets, CameoCodes codes) {
        this.codes = codes;
        this.synsets = synsets;
        for (DataRow row : verbs) {
            String[] before = row.optional(2) == null ? new String[0] : row.get(2).split(" ");
            String[] after = row.optional(3) == null ? new String[0] : row.get(3).split(" ");
            VerbEntry entry = new VerbEntry(before, after, row.get(0), row.get(4), row.get(5), row.optional(6),
                    row.line(), Integer.parseInt(row.get(7)));
            for (String form : row.get(1).split("\\|")) { // not row.list(): its stream costs 60 ms cold here
                byForm.computeIfAbsent(form, k -> new ArrayList<>(1)).add(entry);
            }
        }
        for (DataRow row : patterns) {
            patternRows.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(row);
        }
        patternCount = patterns.size();
    }

    /** The bundled dictionary, whose codes may name only the given labels. */
    public static CameoVerbs bundled(Set<String> labels) {
        return new CameoVerbs(DataFiles.resource(VERBS, 8), DataFiles.resource(PATTERNS, 7), CameoSynsets.bundled(),
                CameoCodes.bundled(labels));
    }

    /** Whether a lower-case word is a form of some CAMEO verb. */
    public boolean isVerbForm(String word) {
        return byForm.containsKey(word);
    }

    /**
     * What the dictionary says of the verb at {@code index} of a sentence's lower-case words: the longest pattern
     * of its block that matches the words around it in its clause, else the verb's own code. Null when the word
     * is no CAMEO verb form, when neither a pattern nor the verb alone has a code, or when the best pattern
     * says the verb with these words is no event.
     */
    public CameoMatch match(List<String> words, int index) {
        List<VerbEntry> entries = byForm.get(words.get(index));
        if (entries == null) {
            return null;
        }
        int limit = index + 1;
        while (limit < words.size() && !CLAUSE_ENDS.contains(words.get(limit))) {
            limit++;
        }
        Reading best = null;
        for (VerbEntry entry : entries) {
            if (!fixedWordsAround(entry, words, index)) {
                continue;
            }
            Reading reading = bestFor(entry, words, index - entry.before.length, index + 1 + entry.after.length, limit);
            if (best == null || reading.betterThan(best)) {
                best = reading;
            }
        }
        // a pattern coded '-' says the verb with these words is no event
        return best == null || best.code().equals("-") ? null : result(best);
    }

    /** The best reading of one verb entry: its longest matching pattern, else the verb alone. */
    private record Reading(VerbEntry entry, CameoPattern pattern) {
        /** words matched: the entry's fixed words and the pattern's */
        int size() {
            return entry.before.length + entry.after.length + (pattern == null ? 0 : pattern.size);
        }

        String code() {
            return pattern == null ? entry.code : pattern.code;
        }

        /** More words matched; for a verb listed in two blocks, a matched pattern, else a code of its own. */
        boolean betterThan(Reading other) {
            if (size() != other.size()) {
                return size() > other.size();
            }
            if ((pattern == null) != (other.pattern == null)) {
                return pattern != null;
            }
            return pattern == null && !entry.code.equals("-") && other.entry.code.equals("-");
        }
    }

    private static boolean fixedWordsAround(VerbEntry entry, List<String> words, int index) {
        int start = index - entry.before.length;
        if (start < 0 || index + entry.after.length >= words.size()) {
            return false;
        }
        for (int k = 0; k < entry.before.length; k++) {
            if (!entry.before[k].equals(words.get(start + k))) {
                return false;
            }
        }
        for (int k = 0; k < entry.after.length; k++) {
            if (!entry.after[k].equals(words.get(index + 1 + k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Ties go to a pattern written for this verb over one for the whole block, then to the later line: two
     * patterns with the same words (a set's phrase written out, a plural) take one place in PETRARCH's tree,
     * where the later overwrites the earlier.
     */
    private Reading bestFor(VerbEntry entry, List<String> words, int verbStart, int afterVerb, int limit) {
        CameoPattern best = null;
        for (CameoPattern pattern : patterns(entry.block)) {
            boolean better = best == null || pattern.size > best.size
                    || pattern.size == best.size && (pattern.namesVerb() || !best.namesVerb());
            if (better && pattern.appliesTo(entry.lemma) && pattern.matches(words, verbStart, afterVerb, limit, synsets)) {
                best = pattern;
            }
        }
        return new Reading(entry, best);
    }

    private CameoMatch result(Reading reading) {
        VerbEntry entry = reading.entry();
        CameoPattern pattern = reading.pattern();
        String code = reading.code();
        CameoCodes.CodeLabel label = codes.of(code);
        if (label == null) {
            throw new IllegalStateException("CAMEO code " + code + " has no row in " + CameoCodes.FILE);
        }
        String source = pattern == null
                ? fileName(VERBS) + ":" + entry.row + ", " + SOURCE + ":" + entry.sourceLine
                : fileName(PATTERNS) + ":" + pattern.row + ", " + SOURCE + ":" + pattern.sourceLine;
        return new CameoMatch(entry.lemma, entry.block, code, pattern == null ? entry.reciprocal : pattern.reciprocal,
                label.label(), label.hint(), label.name(), pattern == null ? null : pattern.text,
                pattern == null ? 0 : pattern.size, source);
    }

    /** The block's patterns, parsed once. */
    List<CameoPattern> patterns(String block) {
        return byBlock.computeIfAbsent(block, b -> patternRows.getOrDefault(b, List.of()).stream().map(this::pattern).toList());
    }

    private CameoPattern pattern(DataRow row) {
        try {
            return new CameoPattern(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4), row.optional(5),
                    row.line(), Integer.parseInt(row.get(6)), synsets);
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }

    CameoSynsets synsets() {
        return synsets;
    }

    /** The blocks that have patterns. */
    Set<String> blocks() {
        return patternRows.keySet();
    }

    private static String fileName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    public int formCount() {
        return byForm.size();
    }

    public int patternCount() {
        return patternCount;
    }

    /** Every CAMEO code the verbs and patterns use (reciprocal codes included). */
    public Set<String> codesUsed() {
        Set<String> used = new TreeSet<>();
        byForm.values().forEach(list -> list.forEach(e -> {
            used.add(e.code);
            used.add(e.reciprocal == null ? "-" : e.reciprocal);
        }));
        patternRows.values().forEach(list -> list.forEach(row -> {
            used.add(row.get(4));
            used.add(row.get(5));
        }));
        used.remove("-");
        return used;
    }
}
