package org.reactions.summary;

import org.reactions.stance.BundledLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;
import org.reactions.knowledge.CountryCode;
import org.reactions.stance.LabeledStatement;

class TimelineTest {
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final LocalDate MARCH_4 = LocalDate.of(2026, 3, 4);
    private static final List<LabeledStatement> RU_TWO = Fixtures.labeled(
            "Lavrov said Russia condemned the strikes. Putin warned of a catastrophe.");
    private static final List<LabeledStatement> CN_ONE = Fixtures.labeled("Wang Yi called for a ceasefire.");

    /** Adds statements that are each their own claim. */
    private static void add(Timeline timeline, LocalDate date, List<LabeledStatement> statements, Set<CountryCode> countries) {
        timeline.add(date, statements.stream().map(s -> CountedStatement.of(s, 0)).toList(), statements.stream().map(s -> new ClaimIndex.Claimed(s.id(), true)).toList(), false, countries);
    }

    private static String days(Timeline timeline, CountryCode country) {
        return String.join(" ", timeline.of(country, BundledLabels.LABELS.values()).stream()
                .map(d -> d.date() + ":" + d.statements() + "/" + d.claims() + "/" + d.documents() + labels(d)).toList());
    }

    private static String labels(DayCount day) {
        StringBuilder out = new StringBuilder();
        day.labels().forEach((label, n) -> out.append(n > 0 ? "," + label.name().charAt(0) + n : ""));
        return out.toString();
    }

    @Test
    void statementsAreCountedOnTheirDocumentsDayAndUndatedOnesLast() {
        Timeline timeline = new Timeline();
        add(timeline, MARCH_4, RU_TWO, Set.of(CountryCode.of("RU"), CountryCode.of("CN")));
        add(timeline, null, RU_TWO, Set.of(CountryCode.of("RU"), CountryCode.of("CN")));
        add(timeline, MARCH_2, RU_TWO, Set.of(CountryCode.of("RU"), CountryCode.of("CN")));
        add(timeline, MARCH_2, CN_ONE, Set.of(CountryCode.of("RU"), CountryCode.of("CN")));
        add(timeline, MARCH_2, RU_TWO, Set.of(CountryCode.of("RU"), CountryCode.of("CN")));
        assertEquals(2, RU_TWO.size());
        assertEquals("2026-03-02:4/4/2,C2,W2 2026-03-04:2/2/1,C1,W1 null:2/2/1,C1,W1", days(timeline, CountryCode.of("RU")));
        assertEquals("2026-03-02:1/1/1,D1", days(timeline, CountryCode.of("CN")));
        assertEquals("", days(timeline, CountryCode.of("IR")));
    }

    @Test
    void countriesNotCountedAreLeftOut() {
        Timeline timeline = new Timeline();
        add(timeline, MARCH_2, CN_ONE, Set.of(CountryCode.of("RU")));
        assertEquals(List.of(), timeline.of(CountryCode.of("CN"), BundledLabels.LABELS.values()));
    }

    @Test
    void mergingGivesTheSameTimelineWhateverTheOrder() {
        Timeline a = new Timeline();
        add(a, MARCH_2, RU_TWO, Set.of(CountryCode.of("RU")));
        Timeline b = new Timeline();
        add(b, null, RU_TWO, Set.of(CountryCode.of("RU")));
        add(b, MARCH_2, RU_TWO, Set.of(CountryCode.of("RU")));
        Timeline ab = new Timeline().merge(a).merge(b);
        Timeline ba = new Timeline().merge(b).merge(a);
        assertEquals(ab.of(CountryCode.of("RU"), BundledLabels.LABELS.values()), ba.of(CountryCode.of("RU"), BundledLabels.LABELS.values()));
        assertEquals("2026-03-02:4/4/2,C2,W2 null:2/2/1,C1,W1", days(ab, CountryCode.of("RU")));
    }

    @Test
    void theSummaryCarriesEachCountrysTimeline() {
        SummaryAccumulator summary = new SummaryAccumulator(List.of(CountryCode.of("RU"), CountryCode.of("CN")));
        summary.add(0, false, RU_TWO, MARCH_4);
        summary.add(1, false, CN_ONE, null);
        List<CountrySummary> countries = summary.summarize(CountryCode::value, StancePhrases.of(BundledLabels.LABELS));
        assertEquals(List.of(MARCH_4), countries.get(0).timeline().stream().map(DayCount::date).toList());
        assertEquals(1, countries.get(1).timeline().get(0).labels().get(BundledLabels.DE_ESCALATION));
    }

    @Test
    void aReprintCountsAsAStatementButItsLabelsOnlyOnceUnlessReportsAreCounted() {
        List<ClaimIndex.Claimed> reprint = List.of(new ClaimIndex.Claimed("a#1", false), new ClaimIndex.Claimed("b#2", true));
        for (boolean countReports : List.of(false, true)) {
            SummaryAccumulator summary = new SummaryAccumulator(List.of(CountryCode.of("RU")), countReports);
            summary.add(0, false, RU_TWO, MARCH_2, RU_TWO.stream().map(s -> new ClaimIndex.Claimed(s.id(), true)).toList(), "Wire");
            summary.add(1, false, RU_TWO, MARCH_4, reprint, "Ledger");
            CountrySummary ru = summary.summarize(CountryCode::value, StancePhrases.of(BundledLabels.LABELS)).get(0);
            assertEquals(4, ru.statements());
            assertEquals(3, ru.claims());
            assertEquals(2, ru.outlets());
            assertEquals(countReports ? 2 : 1, ru.labels().get(BundledLabels.CONDEMNATION));
            assertEquals(2, ru.highlights().size()); // the new claim b#2 has a#2's words: highlights never repeat a text
            assertEquals(countReports ? "2026-03-04:2/1/1,C1,W1" : "2026-03-04:2/1/1,W1",
                    ru.timeline().stream().filter(d -> MARCH_4.equals(d.date()))
                            .map(d -> d.date() + ":" + d.statements() + "/" + d.claims() + "/" + d.documents() + labels(d)).findFirst().orElseThrow());
        }
    }
}
