package org.reactions.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Converts PETRARCH2's CAMEO verb dictionary into the tables {@code cameo-verbs.tsv}, {@code cameo-patterns.tsv}
 * and {@code cameo-synsets.tsv} of {@code src/main/resources/reactions/lexicon}. Run once by hand (the raw
 * dictionary is not part of this repository; see lexicon/SOURCES.md):
 *
 * <pre>
 * java -cp target/test-classes org.reactions.tools.CameoConverter CAMEO.2.0.txt COMMIT src/main/resources/reactions/lexicon
 * </pre>
 */
public final class CameoConverter {
    /** Words that make a source entry a name of one event or organisation; see cameo-names.tsv. */
    static final String NAMES = "/org/reactions/tools/cameo-names.tsv";

    static final String PROVENANCE = """
            # Converted from PETRARCH2's CAMEO verb dictionary, petrarch2/data/dictionaries/CAMEO.2.0.txt
            # (github.com/openeventdata/petrarch2, commit %s; the file's own version line: LAST UPDATE 30 April 2015)
            # by org.reactions.tools.CameoConverter. Licence of the source (MIT), reproduced as it requires:
            """ + MitLicence.notice("Copyright (c) 2015 Open Event Data Alliance") + """
            # %s
            """;

    private CameoConverter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CameoConverter CAMEO.2.0.txt SOURCE-COMMIT OUTPUT-DIRECTORY");
            System.exit(2);
        }
        CameoDictionary.Counts counts = convert(Path.of(args[0]), args[1], Path.of(args[2]));
        System.out.println(counts);
    }

    static CameoDictionary.Counts convert(Path source, String commit, Path outputDirectory) throws IOException {
        CameoDictionary dictionary = new CameoDictionary(Files.readAllLines(source, StandardCharsets.UTF_8), names());
        CameoDictionary.Counts c = dictionary.counts();
        String countLine = String.format(Locale.ROOT, "source counts: verb-blocks=%d verb-entries=%d patterns=%d "
                        + "synset-members=%d transformations=%d; dropped as names: verb-entries=%d patterns=%d; "
                        + "dropped for an undefined synonym set: patterns=%d; overwritten by a later line with the same "
                        + "words: patterns=%d; left out, in sets no pattern names: synset-members=%d",
                c.blocks(), c.verbEntries(), c.patterns(), c.synsetMembers(), c.transformations(),
                c.droppedVerbEntries(), c.droppedPatterns(), c.undefinedSynsetPatterns(), c.overwrittenPatterns(),
                c.unusedSynsetMembers());
        String header = String.format(Locale.ROOT, PROVENANCE, commit, countLine);

        List<String> verbs = new ArrayList<>();
        verbs.add(header + """
                # One row per verb entry with all its inflected forms (regular forms generated, irregular ones as the
                # source lists them). before/after: the fixed words of a multi-word verb ("call off"), '-' when none.
                # code: the CAMEO event of the verb alone ('-': none; its patterns decide); reciprocal: the target's
                # event of a two-sided code ("042:043": a visit made and hosted); line: in CAMEO.2.0.txt.
                # lemma	forms	before	after	block	code	reciprocal	line""");
        for (CameoDictionary.VerbForms v : dictionary.verbs) {
            verbs.add(String.join("\t", v.lemma(), String.join("|", v.forms()), v.before(), v.after(), v.block(),
                    v.code().event(), v.code().reciprocal(), Integer.toString(v.line())));
        }
        List<String> patterns = new ArrayList<>();
        patterns.add(header + """
                # One row per verb + object pattern of a verb block, in CAMEO's syntax lower-cased: before = words
                # before the verb, after = words after it; a word stands for a noun phrase with that head, {a b}
                # for consecutive words, (prep ...) for a prepositional phrase, &set for any phrase of
                # cameo-synsets.tsv, $ + ^ % for actor slots; '-' when empty. verb: the lemma of the block the
                # pattern was written for, as the source's comment names it ('-': none named).
                # block	verb	before	after	code	reciprocal	line""");
        for (CameoDictionary.VerbPattern p : dictionary.patterns) {
            patterns.add(String.join("\t", p.block(), p.verb(), p.before(), p.after(), p.code().event(), p.code().reciprocal(),
                    Integer.toString(p.line())));
        }
        List<String> synsets = new ArrayList<>();
        synsets.add(header + """
                # The synonym sets that patterns name with &set: one row per phrase (a regular plural follows each
                # member unless the source marks it with a trailing _). Sets no pattern names are left out.
                # synset	phrase	line""");
        for (CameoDictionary.SynsetPhrase s : dictionary.synsets) {
            if (!dictionary.usedSynsets.contains(s.synset())) {
                continue;
            }
            synsets.add(String.join("\t", s.synset(), s.phrase(), Integer.toString(s.line())));
        }
        Files.createDirectories(outputDirectory);
        Files.write(outputDirectory.resolve("cameo-verbs.tsv"), verbs, StandardCharsets.UTF_8);
        Files.write(outputDirectory.resolve("cameo-patterns.tsv"), patterns, StandardCharsets.UTF_8);
        Files.write(outputDirectory.resolve("cameo-synsets.tsv"), synsets, StandardCharsets.UTF_8);
        return c;
    }

    static Set<String> names() throws IOException {
        Set<String> names = new HashSet<>();
        try (var in = CameoConverter.class.getResourceAsStream(NAMES)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.split("\t")[0].toUpperCase(Locale.ROOT));
                }
            }
        }
        return names;
    }
}
