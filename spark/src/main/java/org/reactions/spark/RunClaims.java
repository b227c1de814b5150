package org.reactions.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.reactions.summary.ClaimIndex;

/**
 * The claims of a run, found on the driver by the core's {@link ClaimIndex} over every statement's claim key in input
 * order, exactly as the command line finds them (the index is order-dependent: a claim's id is its first report's, and
 * it keeps a window of the latest claims). Only the documents that repeat an earlier claim are kept, so what is
 * broadcast to the second pass is small.
 */
final class RunClaims implements Serializable {
    private static final long serialVersionUID = 1L;

    /** by document index, the claims of the documents with at least one statement that repeats an earlier claim */
    private final Map<Long, List<ClaimIndex.Claimed>> repeating = new HashMap<>();

    /**
     * The claim keys of one document's statements, all the driver is sent.
     *
     * @param document   the document's index
     * @param statements the key of each of its statements, in text order
     */
    record Keys(long document, List<ClaimIndex.Key> statements) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** @param inOrder every document's keys, in input order */
    static RunClaims of(Iterator<Keys> inOrder) {
        ClaimIndex index = new ClaimIndex();
        RunClaims claims = new RunClaims();
        while (inOrder.hasNext()) {
            Keys document = inOrder.next();
            List<ClaimIndex.Claimed> found = document.statements().stream().map(index::claim).toList();
            if (found.stream().anyMatch(claim -> !claim.firstReport())) {
                claims.repeating.put(document.document(), found);
            }
        }
        return claims;
    }

    /** The claims of a document's statements. */
    List<ClaimIndex.Claimed> of(AnalysedDocument document) {
        List<ClaimIndex.Claimed> found = repeating.get(document.index());
        return found == null ? document.ownClaims() : found;
    }
}
