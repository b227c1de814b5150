package org.reactions.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a verb dictionary in PETRARCH2's CAMEO format (synonym sets, then verb blocks of synonyms and verb +
 * object patterns, then transformations) into plain rows. Our own reading of the format as its documentation
 * ({@code docs/source/dictionaries.rst} of openeventdata/petrarch2) describes it; no PETRARCH code is used.
 */
final class CameoDictionary {
    /** A verb entry's inflected forms; before and after are the fixed words of a multi-word verb. */
    record VerbForms(String lemma, List<String> forms, String before, String after, String block, Code code, int line) {
    }

    /**
     * One pattern: CAMEO syntax lower-cased, the words before the verb and after it ('-' when none); verb: the
     * lemma of the block the pattern was written for, as its comment names it, or '-'.
     */
    record VerbPattern(String block, String verb, String before, String after, Code code, int line) {
    }

    /** One phrase of a synonym set (a member or its generated plural). */
    record SynsetPhrase(String synset, String phrase, int line) {
    }

    /** A CAMEO code: the subject's event and the target's reciprocal event ("042:043"); '-' for none. */
    record Code(String event, String reciprocal) {
        static Code parse(String bracketed) {
            String inner = bracketed.replace("!", ""); // "[080!]" once in CAMEO.2.0: a stray mark
            String[] parts = inner.split(":", -1);
            return new Code(orNone(parts[0]), parts.length > 1 ? orNone(parts[1]) : "-");
        }

        private static String orNone(String code) {
            return code.isEmpty() || code.equals("---") ? "-" : code;
        }
    }

    /** What the source holds, counted while reading. */
    record Counts(int blocks, int verbEntries, int patterns, int synsetMembers, int transformations,
                  int droppedPatterns, int droppedVerbEntries, int undefinedSynsetPatterns, int overwrittenPatterns,
                  long unusedSynsetMembers) {
    }

    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]\\s*$");
    private static final Pattern BLOCK_CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern SYNSET_REFERENCE = Pattern.compile("&([A-Z0-9_-]+)");
    private static final Pattern BRACES = Pattern.compile("\\{([^}]*)\\}");

    private enum Section { SYNSETS, VERBS, TRANSFORMATIONS }

    final List<VerbForms> verbs = new ArrayList<>();
    final List<VerbPattern> patterns = new ArrayList<>();
    final List<SynsetPhrase> synsets = new ArrayList<>();
    private final Set<String> names;
    private int blocks;
    private int verbEntries;
    private int patternLines;
    private int synsetMembers;
    private int transformations;
    private int droppedPatterns;
    private int droppedVerbEntries;
    private int undefinedSynsetPatterns;
    private int overwrittenPatterns;
    private final Set<String> definedSynsets = new java.util.HashSet<>();
    /** the sets the converted patterns name (lower case); the others are left out of the tables */
    final Set<String> usedSynsets = new java.util.HashSet<>();
    /** the lemma of every form of the current block's verbs, to read which verb a pattern's comment names */
    private final java.util.Map<String, String> blockForms = new java.util.HashMap<>();

    /** @param names upper-case words that make an entry a name (an event, an organisation), not vocabulary */
    CameoDictionary(List<String> lines, Set<String> names) {
        this.names = names;
        Section section = Section.SYNSETS;
        String synset = null;
        String block = null;
        Code blockCode = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            if (line.startsWith("####### VERB PATTERNS")) {
                section = Section.VERBS;
            } else if (line.startsWith("######## TRANSFORMATIONS")) {
                section = Section.TRANSFORMATIONS;
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            switch (section) {
                case SYNSETS -> {
                    if (line.startsWith("&")) {
                        synset = line.strip();
                        definedSynsets.add(synset.substring(1).replaceAll("_$", ""));
                    } else if (line.startsWith("+")) {
                        readSynsetMember(synset, line, number);
                    } else {
                        throw new IllegalArgumentException(number + ": not a synonym-set line: " + line);
                    }
                }
                case VERBS -> {
                    if (line.startsWith("---")) {
                        String[] header = line.strip().split("\\s+");
                        block = header[1].toLowerCase(Locale.ROOT);
                        Matcher code = BLOCK_CODE.matcher(line);
                        if (!code.find()) {
                            throw new IllegalArgumentException(number + ": verb block without a [code]: " + line);
                        }
                        blockCode = Code.parse(code.group(1));
                        blocks++;
                        blockForms.clear();
                    } else if (line.startsWith("-")) {
                        readPattern(block, line, number);
                    } else {
                        readVerbEntry(block, blockCode, line, number);
                    }
                }
                case TRANSFORMATIONS -> {
                    if (!line.startsWith("~")) {
                        throw new IllegalArgumentException(number + ": not a transformation: " + line);
                    }
                    transformations++;
                }
            }
        }
        dropOverwrittenPatterns();
    }

    /**
     * A pattern written twice for the same verb with the same words (and another code) is read by PETRARCH into
     * one place of its tree, where the later line overwrites the earlier: only the later one is kept.
     */
    private void dropOverwrittenPatterns() {
        Set<String> seen = new java.util.HashSet<>();
        List<VerbPattern> kept = new ArrayList<>();
        for (int i = patterns.size() - 1; i >= 0; i--) {
            VerbPattern p = patterns.get(i);
            if (seen.add(String.join("\t", p.block(), p.verb(), p.before(), p.after()))) {
                kept.add(0, p);
            } else {
                overwrittenPatterns++;
            }
        }
        patterns.clear();
        patterns.addAll(kept);
    }

    Counts counts() {
        long unused = synsets.stream().filter(s -> !usedSynsets.contains(s.synset())).mapToInt(SynsetPhrase::line)
                .distinct().count();
        return new Counts(blocks, verbEntries, patternLines, synsetMembers, transformations, droppedPatterns,
                droppedVerbEntries, undefinedSynsetPatterns, overwrittenPatterns, unused);
    }

    private void readSynsetMember(String synset, String line, int number) {
        if (synset == null) {
            throw new IllegalArgumentException(number + ": synonym before any &SET");
        }
        synsetMembers++;
        String term = line.strip().substring(1).split("#")[0].strip();
        // a trailing '_' on the set or the term: no plural (the format's rule)
        boolean plural = !synset.endsWith("_") && !term.endsWith("_");
        String phrase = words(term);
        String name = synset.substring(1).replaceAll("_$", "").toLowerCase(Locale.ROOT);
        synsets.add(new SynsetPhrase(name, phrase, number));
        if (plural) {
            int last = phrase.lastIndexOf(' ') + 1;
            synsets.add(new SynsetPhrase(name, phrase.substring(0, last) + Inflection.plural(phrase.substring(last)), number));
        }
    }

    private void readPattern(String block, String line, int number) {
        patternLines++;
        String body = line.substring(1).split("#")[0];
        Matcher code = CODE.matcher(body);
        if (!code.find() || block == null) {
            throw new IllegalArgumentException(number + ": pattern without a [code] or a block: " + line);
        }
        String[] sides = body.substring(0, code.start()).split("\\*", -1);
        if (sides.length != 2) {
            throw new IllegalArgumentException(number + ": pattern needs one '*' for the verb: " + line);
        }
        if (isName(body)) {
            droppedPatterns++;
            return;
        }
        Matcher set = SYNSET_REFERENCE.matcher(body);
        List<String> sets = new ArrayList<>();
        while (set.find()) {
            sets.add(set.group(1).replaceAll("_$", ""));
            if (!definedSynsets.contains(sets.get(sets.size() - 1))) { // the format ignores such patterns
                undefinedSynsetPatterns++;
                return;
            }
        }
        sets.forEach(name -> usedSynsets.add(name.toLowerCase(Locale.ROOT)));
        String[] comment = line.contains("#") ? line.substring(line.indexOf('#') + 1).strip().split("\\s+") : new String[0];
        String writtenFor = comment.length == 0 ? "" : comment[0].toLowerCase(Locale.ROOT).replace('_', ' ').replace("+", "");
        patterns.add(new VerbPattern(block, blockForms.getOrDefault(writtenFor, "-"), patternSide(sides[0]),
                patternSide(sides[1]), Code.parse(code.group(1)), number));
    }

    private void readVerbEntry(String block, Code blockCode, String line, int number) {
        verbEntries++;
        String text = line.split("#")[0].strip();
        Code code = blockCode;
        Matcher explicit = CODE.matcher(text);
        if (explicit.find()) {
            code = Code.parse(explicit.group(1));
            text = text.substring(0, explicit.start()).strip();
        }
        if (isName(text)) {
            droppedVerbEntries++;
            return;
        }
        Matcher braces = BRACES.matcher(text);
        List<String> written = new ArrayList<>();
        boolean irregular = braces.find();
        String stem = (irregular ? text.substring(0, braces.start()) : text).strip();
        written.add(stem);
        if (irregular) {
            for (String form : braces.group(1).strip().split("[\\s,]+")) {
                if (!form.isEmpty()) {
                    written.add(form);
                }
            }
        }
        Parts lemma = Parts.of(stem);
        // forms by their fixed words (the same for all forms of an entry, unless the source writes them apart)
        java.util.Map<String, List<String>> byFixedWords = new java.util.LinkedHashMap<>();
        for (String w : written) {
            Parts parts = Parts.of(w);
            byFixedWords.computeIfAbsent(parts.before + "\t" + parts.after, k -> new ArrayList<>()).add(parts.verb);
        }
        if (!irregular) {
            byFixedWords.get(lemma.before + "\t" + lemma.after).addAll(Inflection.regularForms(lemma.verb));
        }
        for (var group : byFixedWords.entrySet()) {
            String[] fixed = group.getKey().split("\t");
            List<String> forms = group.getValue().stream().distinct().toList();
            for (String form : forms) {
                blockForms.put(new Parts(fixed[0], form, fixed[1]).phrase(), lemma.phrase());
            }
            verbs.add(new VerbForms(lemma.phrase(), forms, fixed[0], fixed[1], block, code, number));
        }
    }

    /** A written verb: its fixed words before and after the verb word, which a '+' marks ("WIRE_+TAP"). */
    private record Parts(String before, String verb, String after) {
        static Parts of(String written) {
            String[] words = written.toLowerCase(Locale.ROOT).split("_");
            int verb = 0;
            for (int i = 0; i < words.length; i++) {
                if (words[i].startsWith("+")) {
                    verb = i;
                }
            }
            return new Parts(join(words, 0, verb), words[verb].replace("+", ""), join(words, verb + 1, words.length));
        }

        private static String join(String[] words, int from, int to) {
            return from >= to ? "-" : String.join(" ", java.util.Arrays.copyOfRange(words, from, to));
        }

        String phrase() {
            return ((before.equals("-") ? "" : before + " ") + verb + (after.equals("-") ? "" : " " + after));
        }
    }

    private boolean isName(String text) {
        for (String word : text.split("[\\s{}()_]+")) {
            if (names.contains(word.replace("+", ""))) {
                return true;
            }
        }
        return false;
    }

    private static String patternSide(String side) {
        String normal = side.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return normal.isEmpty() ? "-" : normal;
    }

    private static String words(String term) {
        return term.replaceAll("^_+|_+$", "").replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
