package org.reactions.summary;

import java.util.List;

/**
 * What a report says at its end: per-country summaries and run totals.
 *
 * @param countries       summaries in the order the countries were requested
 * @param documents       documents in the run
 * @param failedDocuments documents that could not be analysed
 * @param statements      statements found
 */
public record RunSummary(List<CountrySummary> countries, int documents, int failedDocuments, int statements) {
    public RunSummary {
        countries = List.copyOf(countries);
    }
}
