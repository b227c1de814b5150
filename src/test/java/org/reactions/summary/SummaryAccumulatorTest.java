package org.reactions.summary;

import org.reactions.stance.BundledLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reactions.entities.Actor;
import org.reactions.entities.ActorType;
import org.reactions.knowledge.CountryCode;
import org.reactions.stance.Label;
import org.reactions.stance.LabeledStatement;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.Mode;
import org.reactions.statements.SpeechCue;
import org.reactions.statements.Statement;

class SummaryAccumulatorTest {
    private static final Actor LAVROV = new Actor("Sergey Lavrov", "Foreign Minister", ActorType.PERSON, CountryCode.of("RU"), true, Actor.Origin.KNOWLEDGE_BASE);
    private static final Actor CHINA = new Actor("China", null, ActorType.STATE, CountryCode.of("CN"), true, Actor.Origin.COUNTRY);
    private static final StancePhrases PHRASES = StancePhrases.of(BundledLabels.LABELS);

    private static LabeledStatement statement(String doc, int ordinal, Actor speaker, String quote, double confidence, Label... labels) {
        Statement s = new Statement(doc, ordinal, 0, 0, 4, "text", 0, 4, 0, quote, List.of(), speaker, quote == null ? Mode.INDIRECT : Mode.DIRECT,
                SpeechCue.verb("said"), new AttributionRuleId("subject-of-verb", "the subject of the speech verb"), confidence, List.of(), quote == null ? "text" : quote,
                new org.reactions.corpus.CodePoints("text"));
        return new LabeledStatement(s, Set.of(labels), List.of(), Map.of());
    }

    private static List<CountrySummary> summarize(SummaryAccumulator accumulator) {
        return accumulator.summarize(code -> code.equals(CountryCode.of("RU")) ? "Russia" : "China", PHRASES);
    }

    @Test
    void countsStatementsDocumentsSpeakersAndLabels() {
        SummaryAccumulator a = new SummaryAccumulator(List.of(CountryCode.of("RU"), CountryCode.of("CN")));
        a.add(0, false, List.of(statement("d1", 1, LAVROV, null, 0.75, BundledLabels.CONDEMNATION),
                statement("d1", 2, LAVROV, "We warn you", 0.9, BundledLabels.WARNING, BundledLabels.CONDEMNATION)));
        a.add(1, false, List.of(statement("d2", 1, CHINA, null, 0.7, BundledLabels.DE_ESCALATION)));
        a.add(2, true, List.of());
        List<CountrySummary> summaries = summarize(a);
        CountrySummary russia = summaries.get(0);
        assertEquals(CountryCode.of("RU"), russia.code());
        assertEquals(2, russia.statements());
        assertEquals(1, russia.documents());
        assertEquals(List.of(new SpeakerCount("Sergey Lavrov", "Foreign Minister", "person", 2)), russia.speakers());
        assertEquals(Map.of(BundledLabels.CONDEMNATION, 2, BundledLabels.DE_ESCALATION, 0, BundledLabels.WARNING, 1, BundledLabels.SOLIDARITY, 0,
                BundledLabels.NON_INTERVENTION, 0, BundledLabels.GRIEVANCE, 0, BundledLabels.OTHER, 0), russia.labels());
        assertEquals(BundledLabels.LABELS.values(), List.copyOf(russia.labels().keySet()));
        assertEquals("Voices condemnation; warns of dangerous consequences.", russia.stance());
        assertEquals(List.of("d1#2", "d1#1"), russia.highlights().stream().map(Highlight::id).toList());
        assertEquals(3, a.documents());
        assertEquals(1, a.failedDocuments());
        assertEquals(3, a.statements());
    }

    @Test
    void aCountryWithoutStatementsSaysSo() {
        CountrySummary china = summarize(new SummaryAccumulator(List.of(CountryCode.of("CN")))).get(0);
        assertEquals(0, china.statements());
        assertEquals("No statements found.", china.stance());
    }

    @Test
    void mergingWorkersGivesTheSameResultInAnyOrder() {
        List<List<LabeledStatement>> documents = new ArrayList<>();
        for (int d = 0; d < 12; d++) {
            List<LabeledStatement> statements = new ArrayList<>();
            for (int i = 1; i <= d % 4; i++) {
                statements.add(statement("d" + d, i, i % 2 == 0 ? LAVROV : CHINA, i % 3 == 0 ? "quoted" : null, 0.7 + i * 0.01,
                        BundledLabels.LABELS.values().get((d + i) % BundledLabels.LABELS.values().size())));
            }
            documents.add(statements);
        }
        SummaryAccumulator single = new SummaryAccumulator(List.of(CountryCode.of("RU"), CountryCode.of("CN")));
        for (int d = 0; d < documents.size(); d++) {
            single.add(d, false, documents.get(d));
        }
        List<Integer> order = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            order.add(d);
        }
        Collections.shuffle(order, new java.util.Random(7));
        SummaryAccumulator first = new SummaryAccumulator(List.of(CountryCode.of("RU"), CountryCode.of("CN")));
        SummaryAccumulator second = new SummaryAccumulator(List.of(CountryCode.of("RU"), CountryCode.of("CN")));
        for (int k = 0; k < order.size(); k++) {
            int d = order.get(k);
            (k % 2 == 0 ? first : second).add(d, false, documents.get(d));
        }
        assertEquals(summarize(single), summarize(second.merge(first)));
    }

    @Test
    void anAccumulatorTravelsSerializedAndMergesLikeTheOriginal() throws Exception {
        SummaryAccumulator worker = new SummaryAccumulator(List.of(CountryCode.of("RU"), CountryCode.of("CN")));
        worker.add(0, false, List.of(statement("d1", 1, LAVROV, "We warn you", 0.9, BundledLabels.WARNING),
                statement("d1", 2, CHINA, null, 0.7, BundledLabels.DE_ESCALATION)));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(worker);
        }
        SummaryAccumulator copy;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (SummaryAccumulator) in.readObject();
        }
        SummaryAccumulator other = new SummaryAccumulator(List.of(CountryCode.of("RU"), CountryCode.of("CN")));
        other.add(1, false, List.of(statement("d2", 1, LAVROV, "Stronger words, quoted at length here and more", 0.9, BundledLabels.CONDEMNATION)));
        assertEquals(summarize(new SummaryAccumulator(List.of(CountryCode.of("RU"), CountryCode.of("CN"))).merge(worker).merge(other)),
                summarize(new SummaryAccumulator(List.of(CountryCode.of("RU"), CountryCode.of("CN"))).merge(copy).merge(other)));
        assertEquals(List.of("d2#1", "d1#1"), summarize(copy.merge(other)).get(0).highlights().stream().map(Highlight::id).toList());
    }
}
