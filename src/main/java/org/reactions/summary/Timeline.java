package org.reactions.summary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.reactions.knowledge.CountryCode;
import org.reactions.stance.Label;

/**
 * Statements per country and day, by the date of the document they come from; documents without a date are counted
 * apart, never dropped. Memory grows with countries × days, not with statements. Timelines of different workers
 * merge into the same result whatever the order.
 */
public final class Timeline implements Serializable {
    private static final long serialVersionUID = 1L;
    /** the key of undated documents' counts: after every day */
    private static final LocalDate UNDATED = LocalDate.MAX;

    private final Map<CountryCode, TreeMap<LocalDate, Counts>> countries = new HashMap<>();

    /** Counts of one country on one day. */
    private static final class Counts implements Serializable {
        private static final long serialVersionUID = 1L;
        int statements;
        int claims;
        int documents;
        final TreeMap<Label, Integer> labels = new TreeMap<>();

        void merge(Counts other) {
            statements += other.statements;
            claims += other.claims;
            documents += other.documents;
            other.labels.forEach((label, n) -> labels.merge(label, n, Integer::sum));
        }
    }

    /**
     * Adds one document's statements of the given countries.
     *
     * @param date         the document's date, or null
     * @param claims       the claim of each statement: a claim counts on the day of its first report
     * @param countReports whether labels count every report, not each claim once
     */
    public void add(LocalDate date, List<CountedStatement> statements, List<ClaimIndex.Claimed> claims, boolean countReports,
                    Collection<CountryCode> counted) {
        Map<CountryCode, Counts> document = new LinkedHashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            CountedStatement s = statements.get(i);
            if (!counted.contains(s.country())) {
                continue;
            }
            Counts counts = document.computeIfAbsent(s.country(), c -> new Counts());
            counts.statements++;
            boolean first = claims.get(i).firstReport();
            counts.claims += first ? 1 : 0;
            if (first || countReports) {
                for (Label label : s.labels()) {
                    counts.labels.merge(label, 1, Integer::sum);
                }
            }
        }
        document.forEach((country, counts) -> {
            counts.documents = 1;
            countries.computeIfAbsent(country, c -> new TreeMap<>())
                    .computeIfAbsent(date == null ? UNDATED : date, d -> new Counts()).merge(counts);
        });
    }

    public Timeline merge(Timeline other) {
        other.countries.forEach((country, days) -> {
            TreeMap<LocalDate, Counts> mine = countries.computeIfAbsent(country, c -> new TreeMap<>());
            days.forEach((day, counts) -> mine.computeIfAbsent(day, d -> new Counts()).merge(counts));
        });
        return this;
    }

    /**
     * A country's days with statements, in date order, then (date null) its undated documents' statements if any,
     * each with the count of every label of {@code labels} (in their order).
     */
    public List<DayCount> of(CountryCode country, List<Label> labels) {
        List<DayCount> days = new ArrayList<>();
        Optional.ofNullable(countries.get(country)).ifPresent(found -> found.forEach((day, counts) -> {
            Map<Label, Integer> byLabel = new LinkedHashMap<>();
            for (Label label : labels) {
                byLabel.put(label, counts.labels.getOrDefault(label, 0));
            }
            days.add(new DayCount(day.equals(UNDATED) ? null : day, counts.statements, counts.claims, counts.documents, byLabel));
        }));
        return days;
    }
}
