package org.reactions.spark;

import java.io.Serializable;
import org.reactions.summary.SummaryAccumulator;

/**
 * What a partition yields: each of its documents in turn, then its summary counts, so that one pass over the input
 * gives both the outputs and the per-partition accumulators that {@code treeAggregate} merges. Exactly one of the
 * two fields is set.
 */
record PartitionOutput(DocumentOutput document, SummaryAccumulator summary) implements Serializable {
    static PartitionOutput of(DocumentOutput document) {
        return new PartitionOutput(document, null);
    }

    static PartitionOutput of(SummaryAccumulator summary) {
        return new PartitionOutput(null, summary);
    }

    boolean isSummary() {
        return summary != null;
    }
}
