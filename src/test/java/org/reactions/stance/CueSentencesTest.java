package org.reactions.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactions.Fixtures;
import org.reactions.knowledge.DataFiles;
import org.reactions.knowledge.DataRow;

/**
 * Every cue of stance-cues.tsv earns its place by a sentence written for it ({@value #FILE}: label, pattern,
 * sentence): in that sentence the cue itself votes, by the rules, and its label is among the statement's. A cue
 * without a sentence fails the build, and so does a sentence for a cue the lexicon no longer has.
 */
class CueSentencesTest {
    static final String FILE = "stance/cue-sentences.tsv";
    private static final List<DataRow> ROWS = DataFiles.resource(FILE, 3);

    static Stream<Arguments> sentences() {
        return ROWS.stream().map(row -> Arguments.of(row.get(0), row.get(1), row.get(2)));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("sentences")
    void theCueFiresAndGivesItsLabel(String label, String pattern, String sentence) {
        List<StanceObservation> found = Fixtures.RULES.observe(Fixtures.document(sentence), (document, statements) -> statements);
        assertEquals(1, found.size(), () -> sentence + " -> " + found);
        RuleReading rules = found.get(0).rules();
        assertTrue(firedCues(rules).contains(key(label, pattern)), () -> sentence + " -> cues fired: " + firedCues(rules));
        assertTrue(rules.labels().contains(BundledLabels.LABELS.valueOf(label)), () -> sentence + " -> " + rules.labels() + " " + rules.evidence());
    }

    @Test
    void everyCueHasASentence() {
        Set<String> written = ROWS.stream().map(row -> key(row.get(0), row.get(1))).collect(Collectors.toSet());
        List<String> missing = lexicon().stream().filter(cue -> !written.contains(key(cue)))
                .map(cue -> key(cue) + " (" + cue.source() + ")").toList();
        assertEquals(List.of(), missing, "cues of stance-cues.tsv without a sentence in " + FILE);
    }

    @Test
    void everySentenceIsForACueOfTheLexicon() {
        Set<String> cues = lexicon().stream().map(CueSentencesTest::key).collect(Collectors.toSet());
        List<String> stale = ROWS.stream().filter(row -> !cues.contains(key(row.get(0), row.get(1))))
                .map(row -> FILE + ":" + row.line() + " " + key(row.get(0), row.get(1))).toList();
        assertEquals(List.of(), stale, "sentences for cues that stance-cues.tsv does not have");
    }

    private static List<StanceCue> lexicon() {
        return Fixtures.KNOWLEDGE.stance().lexicon().cues();
    }

    /**
     * The cues of the lexicon that voted in the statement's words, by label and pattern (every vote: the evidence
     * keeps only the first of most labels).
     */
    private static Set<String> firedCues(RuleReading rules) {
        return rules.votes().stream().filter(vote -> vote.source() == RuleVote.Source.CUE)
                .map(vote -> key(vote.label().name(), vote.rule().cue())).collect(Collectors.toSet());
    }

    private static String key(StanceCue cue) {
        return key(cue.label().name(), cue.pattern());
    }

    /** A cue's label and pattern, which name it: no two cues share both. */
    private static String key(String label, String pattern) {
        return label + " '" + pattern + "'";
    }
}
