package org.reactions.summary;

import org.reactions.stance.BundledLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.reactions.statements.TextSpan;

class HighlightTest {
    private static final Actor PESKOV = new Actor("Dmitry Peskov", "Kremlin spokesman", ActorType.PERSON, CountryCode.of("RU"), true, Actor.Origin.KNOWLEDGE_BASE);

    /** A statement of document {@code doc} whose text starts at offset 0; quoted spans as [start, end) pairs. */
    private static LabeledStatement statement(String doc, String text, double confidence, List<TextSpan> quotes, Label... labels) {
        String quote = quotes.isEmpty() ? null : quotes.stream().map(q -> text.substring(q.start(), q.end()))
                .reduce((a, b) -> a + " " + b).orElseThrow();
        Statement s = new Statement(doc, 1, 0, 0, text.length(), text, 0, text.length(), 0, quote, quotes, PESKOV,
                quote == null ? Mode.INDIRECT : Mode.DIRECT, SpeechCue.verb("said"), new AttributionRuleId("subject-of-verb", "the subject of the speech verb"), confidence, List.of(), quote == null ? text : quote,
                new org.reactions.corpus.CodePoints(text));
        return new LabeledStatement(s, Set.of(labels), List.of(), Map.of());
    }

    @Test
    void quotedFragmentsStayApartAsTheArticleHasThem() {
        String text = "\u201CThe talks,\u201D Peskov said, \u201Cwill go on.\u201D";
        int second = text.indexOf("will");
        Highlight h = Highlight.of(statement("d", text, 0.9, List.of(new TextSpan(1, text.indexOf('\u201D')),
                new TextSpan(second, text.length() - 1)), BundledLabels.OTHER), 0);
        assertEquals(List.of("The talks,", "will go on."), h.fragments());
        assertEquals(true, h.quoted());
    }

    @Test
    void reportedSpeechIsNeverInQuotationMarks() {
        String text = "Peskov said the talks would go on.";
        Highlight h = Highlight.of(statement("d", text, 0.75, List.of(), BundledLabels.OTHER), 0);
        assertEquals(List.of(text), h.fragments());
        assertEquals(false, h.quoted());
    }

    @Test
    void rankedQuotedFirstThenConfidenceThenStanceLabelsThenLength() {
        SummaryAccumulator a = new SummaryAccumulator(List.of(CountryCode.of("RU")));
        String longer = "\u201CWe will answer any attack on our allies.\u201D";
        String shorter = "\u201CWe will answer.\u201D";
        a.add(0, false, List.of(
                statement("reported", "Peskov said Moscow condemned the raid and warned of escalation.", 0.95, List.of(), BundledLabels.CONDEMNATION, BundledLabels.WARNING),
                statement("low", longer, 0.8, List.of(new TextSpan(1, longer.length() - 1)), BundledLabels.WARNING),
                statement("short", shorter, 0.9, List.of(new TextSpan(1, shorter.length() - 1)), BundledLabels.WARNING),
                statement("long", longer.replace("allies", "friends"), 0.9, List.of(new TextSpan(1, longer.length() - 2)), BundledLabels.WARNING)));
        List<String> ids = a.summarize(code -> "Russia", StancePhrases.of(BundledLabels.LABELS)).get(0).highlights().stream().map(Highlight::id).toList();
        assertEquals(List.of("long#1", "short#1", "low#1"), ids);
    }

    @Test
    void aQuotationSyndicatedInSeveralArticlesIsShownOnce() {
        SummaryAccumulator a = new SummaryAccumulator(List.of(CountryCode.of("RU")));
        String text = "\u201CWe will answer.\u201D";
        List<TextSpan> quote = List.of(new TextSpan(1, text.length() - 1));
        a.add(0, false, List.of(statement("first", text, 0.9, quote, BundledLabels.WARNING)));
        a.add(1, false, List.of(statement("second", text, 0.9, quote, BundledLabels.WARNING),
                statement("other", "Peskov said the talks would go on.", 0.75, List.of(), BundledLabels.OTHER)));
        List<String> ids = a.summarize(code -> "Russia", StancePhrases.of(BundledLabels.LABELS)).get(0).highlights().stream().map(Highlight::id).toList();
        assertEquals(List.of("first#1", "other#1"), ids);
    }
}
