package org.reactions.summary;

import java.util.List;

/**
 * What a report says at its end: per-country summaries and run totals.
 *
 * @param countries       summaries in the order the countries were requested
 * @param documents       documents in the run
 * @param failedDocuments documents that could not be analysed
 * @param statements      statements found
 * @param countsReports   whether label counts count every report of a claim (else each claim once)
 */
public record RunSummary(List<CountrySummary> countries, int documents, int failedDocuments, int statements, boolean countsReports) {
    public RunSummary {
        countries = List.copyOf(countries);
    }

    /** A run whose labels count claims, the default. */
    public RunSummary(List<CountrySummary> countries, int documents, int failedDocuments, int statements) {
        this(countries, documents, failedDocuments, statements, false);
    }
}
