package org.reactions.pipeline;

import org.reactions.entities.ActorKnowledgeBase;
import org.reactions.entities.Country;
import org.reactions.summary.RunSummary;
import org.reactions.summary.SummaryAccumulator;

/** Turns the counts of a run into what its report says at the end, wherever the counts were added up. */
public final class RunSummaries {
    private RunSummaries() {
    }

    /** The per-country summaries (named as the knowledge base names the countries, worded with its phrases) and the run totals. */
    public static RunSummary of(SummaryAccumulator accumulator, Knowledge knowledge) {
        ActorKnowledgeBase kb = knowledge.actors();
        return new RunSummary(accumulator.summarize(code -> kb.country(code).map(Country::name).orElse(code.value()), knowledge.phrases()),
                accumulator.documents(), accumulator.failedDocuments(), accumulator.statements(), accumulator.countsReports());
    }
}
