package org.reactions.summary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.reactions.knowledge.CountryCode;
import org.reactions.stance.Label;
import org.reactions.stance.LabeledStatement;

/**
 * Adds up statements per country as documents come, in bounded memory (counts and the three strongest statements
 * per country, never the statements themselves). Accumulators of different workers merge into the same result
 * whatever the order, in one JVM or, serialized, across machines (a Spark job's partitions).
 */
public final class SummaryAccumulator implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int HIGHLIGHTS = 3;

    private final List<CountryCode> countries;
    private final Map<CountryCode, Tally> tallies = new HashMap<>();
    private final Timeline timeline = new Timeline();
    private final boolean countReports;
    private int documents;
    private int failedDocuments;
    private int statements;

    public SummaryAccumulator(List<CountryCode> countries) {
        this(countries, false);
    }

    /**
     * @param countReports whether stance labels count every report of a claim (the behaviour before claims), not
     *                     each claim once
     */
    public SummaryAccumulator(List<CountryCode> countries, boolean countReports) {
        this.countReports = countReports;
        this.countries = List.copyOf(countries);
        for (CountryCode country : countries) {
            tallies.put(country, new Tally());
        }
    }

    /** Counts for one country. */
    private static final class Tally implements Serializable {
        private static final long serialVersionUID = 1L;

        int statements;
        int documents;
        int claims;
        final Set<String> outlets = new TreeSet<>();
        final Map<Label, Integer> labels = new TreeMap<>();
        final Map<List<String>, Integer> speakers = new HashMap<>();
        final TreeSet<Highlight> highlights = new TreeSet<>(Highlight.ORDER);
        /** per label, how many of its statements are aimed at each country */
        final Map<Label, Map<CountryCode, Integer>> targets = new TreeMap<>();

        void merge(Tally other) {
            statements += other.statements;
            documents += other.documents;
            claims += other.claims;
            outlets.addAll(other.outlets);
            other.labels.forEach((label, n) -> labels.merge(label, n, Integer::sum));
            other.speakers.forEach((speaker, n) -> speakers.merge(speaker, n, Integer::sum));
            other.highlights.forEach(this::offer);
            other.targets.forEach((label, counts) -> counts.forEach((country, n) -> countTarget(label, country, n)));
        }

        void countTarget(Label label, CountryCode country, int n) {
            targets.computeIfAbsent(label, l -> new HashMap<>()).merge(country, n, Integer::sum);
        }

        /** Keeps the strongest highlights, one per text: a syndicated quotation is shown once. */
        void offer(Highlight h) {
            Highlight same = highlights.stream().filter(other -> other.sameWords(h)).findFirst().orElse(null);
            if (same != null) {
                if (Highlight.compare(h, same) >= 0) {
                    return;
                }
                highlights.remove(same);
            }
            highlights.add(h);
            if (highlights.size() > HIGHLIGHTS) {
                highlights.pollLast();
            }
        }
    }

    /** Adds one document's statements, each its own claim, as undated. */
    public void add(int documentIndex, boolean failed, List<LabeledStatement> documentStatements) {
        add(documentIndex, failed, documentStatements, null);
    }

    /** Adds one document's statements, each its own claim, and counts them on the document's day (or apart, without a date). */
    public void add(int documentIndex, boolean failed, List<LabeledStatement> documentStatements, LocalDate date) {
        List<ClaimIndex.Claimed> ownClaims = documentStatements.stream().map(s -> new ClaimIndex.Claimed(s.id(), true)).toList();
        add(documentIndex, failed, documentStatements, date, ownClaims, null);
    }

    /** Adds one document whose statements are given with their claims (see {@link #add(DocumentCounts, List)}). */
    public void add(int documentIndex, boolean failed, List<LabeledStatement> documentStatements, LocalDate date,
                    List<ClaimIndex.Claimed> claims, String outlet) {
        add(new DocumentCounts(documentIndex, failed, date, outlet,
                documentStatements.stream().map(s -> CountedStatement.of(s, documentIndex)).toList()), claims);
    }

    /**
     * Adds one document. Every statement counts among the statements and speakers; only the first report of a claim
     * counts among claims, highlights and (unless reports are counted) stance labels, so that a wire quotation
     * reprinted by five outlets weighs as one.
     *
     * @param claims the claim of each statement, in the order of the statements
     */
    public void add(DocumentCounts document, List<ClaimIndex.Claimed> claims) {
        documents++;
        if (document.failed()) {
            failedDocuments++;
        }
        List<CountedStatement> documentStatements = document.statements();
        Set<CountryCode> seen = new TreeSet<>();
        for (int i = 0; i < documentStatements.size(); i++) {
            CountedStatement s = documentStatements.get(i);
            Tally tally = tallies.get(s.country());
            if (tally == null) {
                continue;
            }
            boolean first = claims.get(i).firstReport();
            statements++;
            tally.statements++;
            seen.add(s.country());
            if (first || countReports) { // a claim reprinted by five outlets is one stance, not five
                for (Label label : s.labels()) {
                    tally.labels.merge(label, 1, Integer::sum);
                }
                s.labelTargets().forEach((label, targets) -> targets.forEach(country -> tally.countTarget(label, country, 1)));
            }
            tally.speakers.merge(s.speaker(), 1, Integer::sum);
            if (first) {
                tally.claims++;
                tally.offer(s.highlight());
            }
        }
        for (CountryCode country : seen) {
            tallies.get(country).documents++;
            if (document.outlet() != null) {
                tallies.get(country).outlets.add(document.outlet());
            }
        }
        timeline.add(document.date(), documentStatements, claims, countReports, tallies.keySet());
    }

    /** Combines another worker's counts into these. */
    public SummaryAccumulator merge(SummaryAccumulator other) {
        documents += other.documents;
        failedDocuments += other.failedDocuments;
        statements += other.statements;
        other.tallies.forEach((country, tally) -> tallies.computeIfAbsent(country, c -> new Tally()).merge(tally));
        timeline.merge(other.timeline);
        return this;
    }

    /** Whether label counts count every report of a claim, not each claim once. */
    public boolean countsReports() {
        return countReports;
    }

    public int documents() {
        return documents;
    }

    public int failedDocuments() {
        return failedDocuments;
    }

    public int statements() {
        return statements;
    }

    /** The summaries, in the order the countries were requested. */
    public List<CountrySummary> summarize(Function<CountryCode, String> countryNames, StancePhrases phrases) {
        List<CountrySummary> summaries = new ArrayList<>();
        for (CountryCode code : countries) {
            Tally tally = tallies.get(code);
            Map<Label, Integer> labels = new LinkedHashMap<>();
            for (Label label : phrases.labels()) {
                labels.put(label, tally.labels.getOrDefault(label, 0));
            }
            List<SpeakerCount> speakers = new ArrayList<>();
            tally.speakers.forEach((key, n) -> speakers.add(new SpeakerCount(key.get(0), key.get(1), key.get(2), n)));
            speakers.sort(Comparator.comparingInt(SpeakerCount::statements).reversed()
                    .thenComparing(SpeakerCount::name)
                    .thenComparing(s -> s.role() == null ? "" : s.role()));
            summaries.add(new CountrySummary(code, countryNames.apply(code), tally.statements, tally.documents, speakers, labels,
                    // the threshold's unit is the label counts' own: claims, or reports when reports are counted
                    phrases.sentence(countReports ? tally.statements : tally.claims, labels,
                            tally.targets, countryNames),
                    new ArrayList<>(tally.highlights), timeline.of(code, phrases.labels()), tally.claims, tally.outlets.size()));
        }
        return summaries;
    }
}
