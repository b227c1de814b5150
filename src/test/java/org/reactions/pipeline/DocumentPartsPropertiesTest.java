package org.reactions.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.reactions.Fixtures;
import org.reactions.corpus.SourceDocument;
import org.reactions.entities.ActorType;
import org.reactions.statements.Statement;
import org.reactions.summary.DocumentResult;

/**
 * A long document is analysed in parts cut at line ends ({@link DocumentParts}); the parts never change its
 * statements: the same ones, numbered the same, at the same offsets and sentences, with the same speakers, cues,
 * rules, quotations and confidence, and the same counts of sentences and tokens, as the document read whole. The
 * documents are paragraphs of news sentences whose speakers are named in their own paragraph. What a part cannot
 * see of the others, and so is not compared: a pronoun that reaches back; what the stance stage reads of the whole
 * document (the countries it names and its conflict decide labels and targets: "stood ready to help the victims" is
 * solidarity or de-escalation by who else the document names); and the country a role noun ("the ministry") takes
 * from the whole document (the counts of actors), and with it where a title that opens with an institution ("Defence
 * Ministry spokesman") starts. Parts are two million characters long.
 */
class DocumentPartsPropertiesTest {
    /** officials of the run's countries, as the knowledge base names them */
    private static final List<String> OFFICIALS = Fixtures.KB.actors().stream()
            .map(known -> known.actor())
            .filter(a -> a.type() == ActorType.PERSON && a.role() != null && a.country() != null && Fixtures.COUNTRIES.contains(a.country()))
            .map(a -> a.role() + " " + a.name())
            .toList();
    private static final List<String> REPORTED = List.of("the strikes must stop at once", "talks should resume without conditions",
            "the attack was a grave violation of international law", "any escalation would be met with a firm response",
            "the ministry stood ready to help the victims", "outside powers should stay out of the conflict");
    private static final List<String> QUOTED = List.of("We condemn this reckless attack.", "Restraint is the only way forward.",
            "We will not stand by while civilians suffer.", "This is a matter for the region alone.");
    private static final List<String> NARRATION = List.of("The meeting lasted two hours.", "Markets fell sharply on Monday.",
            "Officials gave no further details.", "The talks were held behind closed doors.");

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> official = Arbitraries.of(OFFICIALS);
        Arbitrary<String> reported = Combinators.combine(official, Arbitraries.of("said", "warned", "stressed", "told reporters"),
                Arbitraries.of(REPORTED)).as((who, verb, what) -> who + " " + verb + " that " + what + ".");
        Arbitrary<String> quoted = Combinators.combine(official, Arbitraries.of(QUOTED))
                .as((who, what) -> "\u201C" + what.substring(0, what.length() - 1) + ",\u201D " + who + " said.");
        Arbitrary<String> sentence = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, reported), net.jqwik.api.Tuple.of(2, quoted), net.jqwik.api.Tuple.of(2, Arbitraries.of(NARRATION)));
        Arbitrary<String> paragraph = sentence.list().ofMinSize(1).ofMaxSize(3).map(s -> String.join(" ", s));
        return Combinators.combine(paragraph.list().ofMinSize(2).ofMaxSize(8), Arbitraries.of("\n", "\n\n"))
                .as((paragraphs, separator) -> String.join(separator, paragraphs));
    }

    /** What the statements stage found in a document, and its sentences and tokens. */
    private static List<Object> found(DocumentResult result) {
        assertFalse(result.failed(), result::error);
        List<List<Object>> statements = result.statements().stream().map(s -> shown(s.statement())).toList();
        return List.of(statements, result.sentences(), result.tokens());
    }

    private static List<Object> shown(Statement st) {
        return List.of(st.id(), st.sentence(), st.start(), st.end(), st.text(), st.speaker(), st.mode(), st.cue(), st.rule(),
                st.quoteSpans(), st.ownWords(), st.confidence(), withoutMentionStarts(st.reasons().toString()));
    }

    /**
     * The reasons without where the speaker's mention starts: "Defence Ministry spokesman Igor Konashenkov" is one
     * mention, or the institution and "spokesman Igor Konashenkov", by the country the institution takes from the
     * whole document (with the Guardian Council named further on, it takes none).
     */
    private static String withoutMentionStarts(String reasons) {
        return reasons.replaceAll("Mention\\[start=\\d+, (end=\\d+), text=[^,]*,", "Mention[$1,");
    }

    @Property(tries = 120)
    void cuttingADocumentIntoPartsNeverChangesItsStatements(@ForAll("documents") String text, @ForAll @IntRange(max = 100) int slack) {
        SourceDocument document = new SourceDocument("parts", "parts.txt", text, null, 0, List.of());
        int longestLine = java.util.Arrays.stream(text.split("\n")).mapToInt(String::length).max().orElse(0);
        // every part ends at a line end, as in a two-million-character part, and most documents have several parts
        int partChars = longestLine + 1 + slack * text.length() / 400;
        Statistics.collect(DocumentParts.of(text, 0, partChars).size() > 1 ? "in parts" : "whole");
        assertEquals(found(Fixtures.ANALYZER.analyze(0, document)), found(Fixtures.ANALYZER.analyze(0, document, partChars)));
    }

    @Example
    void anInstitutionNamedFurtherOnMovesOnlyWhereATitleStarts() {
        String text = "Defence Ministry spokesman Igor Konashenkov said that the strikes must stop at once.\n"
                + "Member of the Guardian Council Alireza Arafi said that the strikes must stop at once.";
        SourceDocument document = new SourceDocument("parts", "parts.txt", text, null, 0, List.of());
        assertEquals(found(Fixtures.ANALYZER.analyze(0, document)), found(Fixtures.ANALYZER.analyze(0, document, 100)));
    }
}
