package org.reactions.summary;

import org.reactions.stance.BundledLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.reactions.corpus.CodePoints;
import org.reactions.entities.Actor;
import org.reactions.entities.ActorType;
import org.reactions.knowledge.CountryCode;
import org.reactions.stance.Label;
import org.reactions.stance.LabeledStatement;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.Mode;
import org.reactions.statements.SpeechCue;
import org.reactions.statements.Statement;
import org.reactions.statements.TextSpan;

/**
 * Accumulators of different workers (threads, Spark partitions) merge into the same summary whatever the grouping
 * and the order: merge is associative and commutative, and merged workers give what one worker adding every
 * document would. Documents are generated with failures, dates, syndicated claims, outlets, quotations, labels and
 * targets, and statements of a country the run does not ask for.
 */
class SummaryAccumulatorPropertiesTest {
    private static final List<CountryCode> COUNTRIES = List.of(CountryCode.of("RU"), CountryCode.of("CN"), CountryCode.of("IR"));
    private static final StancePhrases PHRASES = StancePhrases.of(BundledLabels.LABELS);
    /** speakers of four countries, one of them not asked for; a name always has the same role and type */
    private static final List<Actor> SPEAKERS = List.of(
            new Actor("Minister A", "Foreign Minister", ActorType.PERSON, CountryCode.of("RU"), true, Actor.Origin.KNOWLEDGE_BASE),
            new Actor("Spokesperson B", "spokesperson", ActorType.PERSON, CountryCode.of("RU"), true, Actor.Origin.LEARNED),
            new Actor("Ministry C", null, ActorType.INSTITUTION, CountryCode.of("CN"), true, Actor.Origin.KNOWLEDGE_BASE),
            new Actor("State D", null, ActorType.STATE, CountryCode.of("IR"), true, Actor.Origin.COUNTRY),
            new Actor("Envoy E", "ambassador", ActorType.PERSON, CountryCode.of("US"), true, Actor.Origin.KNOWLEDGE_BASE));
    private static final List<String> WORDS = List.of("We condemn this attack.", "Restraint is needed.", "We stand with them.",
            "They will regret it.", "Talks must resume.");

    /** A statement before it has a document: who, what words (quoted or not), how sure, which labels aimed where. */
    record Said(Actor speaker, String words, boolean quoted, double confidence, Set<Label> labels, List<CountryCode> targets, boolean first) {
    }

    /** A document before it has a place in the run. */
    record Document(boolean failed, List<Said> statements, LocalDate date, String outlet) {
    }

    @Provide
    Arbitrary<List<Document>> runs() {
        Arbitrary<Set<Label>> labels = Arbitraries.of(BundledLabels.LABELS.values()).set().ofMinSize(1).ofMaxSize(3);
        Arbitrary<List<CountryCode>> targets = Arbitraries.of(CountryCode.of("RU"), CountryCode.of("CN"), CountryCode.of("IR"), CountryCode.of("US"), CountryCode.of("IL")).list().ofMaxSize(2).uniqueElements();
        Arbitrary<Said> said = Combinators.combine(Arbitraries.of(SPEAKERS), Arbitraries.of(WORDS), Arbitraries.of(true, false),
                        Arbitraries.of(0.6, 0.75, 0.9), labels, targets, Arbitraries.integers().between(0, 3))
                .as((speaker, words, quoted, confidence, l, t, first) -> new Said(speaker, words, quoted, confidence, l, t, first > 0));
        Arbitrary<LocalDate> date = Arbitraries.integers().between(1, 6).map(day -> LocalDate.of(2026, 3, day)).injectNull(0.3);
        Arbitrary<Document> document = Combinators.combine(Arbitraries.integers().between(0, 9), said.list().ofMaxSize(4), date,
                        Arbitraries.of("outlet-a", "outlet-b", "outlet-c").injectNull(0.3))
                .as((failed, statements, d, outlet) -> failed == 0
                        ? new Document(true, List.of(), d, outlet) : new Document(false, statements, d, outlet));
        return document.list().ofMaxSize(12);
    }

    private static LabeledStatement labeled(Said said, String documentId, int ordinal) {
        String text = said.speaker().name() + " said: " + said.words();
        int quoteStart = text.indexOf(": ") + 2;
        Statement s = new Statement(documentId, ordinal, 0, 0, text.length(), text, 0, text.length(), 0,
                said.quoted() ? said.words() : null, said.quoted() ? List.of(new TextSpan(quoteStart, text.length())) : List.of(),
                said.speaker(), said.quoted() ? Mode.DIRECT : Mode.INDIRECT, SpeechCue.verb("said"), new AttributionRuleId("subject-of-verb", "the subject of the speech verb"),
                said.confidence(), List.of(), said.words(), new CodePoints(text));
        Label first = said.labels().iterator().next();
        return new LabeledStatement(s, said.labels(), List.of(), Map.of(first, said.targets()));
    }

    /** Documents {@code from} to {@code to} of a run added up by one worker, each at its place in the run. */
    private static SummaryAccumulator worker(List<Document> run, int from, int to) {
        SummaryAccumulator accumulator = new SummaryAccumulator(COUNTRIES);
        for (int i = from; i < to; i++) {
            Document d = run.get(i);
            List<LabeledStatement> statements = new ArrayList<>();
            List<ClaimIndex.Claimed> claims = new ArrayList<>();
            for (Said said : d.statements()) {
                statements.add(labeled(said, "d" + i, statements.size() + 1));
                claims.add(new ClaimIndex.Claimed(said.words(), said.first()));
            }
            accumulator.add(i, d.failed(), statements, d.date(), claims, d.outlet());
        }
        return accumulator;
    }

    /** Everything a report says of an accumulator. */
    private static List<Object> report(SummaryAccumulator a) {
        return List.of(a.summarize(code -> "country " + code, PHRASES), a.documents(), a.failedDocuments(), a.statements());
    }

    @Property(tries = 3000)
    void mergeIsAssociativeAndWhatOneWorkerAddsUp(@ForAll("runs") List<Document> run, @ForAll @IntRange(max = 12) int cut1,
                                                 @ForAll @IntRange(max = 12) int cut2) {
        int first = Math.min(Math.min(cut1, cut2), run.size());
        int second = Math.min(Math.max(cut1, cut2), run.size());
        int end = run.size();
        SummaryAccumulator left = worker(run, 0, first).merge(worker(run, first, second)).merge(worker(run, second, end));
        SummaryAccumulator right = worker(run, 0, first).merge(worker(run, first, second).merge(worker(run, second, end)));
        assertEquals(report(left), report(right));
        assertEquals(report(worker(run, 0, end)), report(left));
    }

    @Property(tries = 3000)
    void mergeIsCommutative(@ForAll("runs") List<Document> run, @ForAll @IntRange(max = 12) int cut) {
        int at = Math.min(cut, run.size());
        SummaryAccumulator ab = worker(run, 0, at).merge(worker(run, at, run.size()));
        SummaryAccumulator ba = worker(run, at, run.size()).merge(worker(run, 0, at));
        assertEquals(report(ab), report(ba));
    }
}
