package org.reactions.spark;

import java.io.Serializable;
import java.util.List;
import org.reactions.render.JsonFormat;
import org.reactions.render.StatementFields;
import org.reactions.summary.ClaimIndex;
import org.reactions.summary.DocumentCounts;

/**
 * One document as the first pass leaves it on an executor, before the run's claims are known: its document object,
 * the values of its statements' fields, what the summary counts of it, and the claim keys of its statements (which
 * the driver claims in input order, see {@link RunClaims}).
 *
 * @param index      position in the run
 * @param document   the document object of {@code documents[]}, as one line of JSON, or null for a document left out for
 *                   its date
 * @param statements the values of each statement's fields ({@link StatementFields}), in text order, each its own claim
 * @param failed     whether it could not be analysed
 * @param messages   its error and warnings as lines for standard error
 * @param counts     what the summary counts of it
 * @param claimKeys  the claim key of each statement, in text order
 */
record AnalysedDocument(long index, String document, List<StatementFields.Values> statements, boolean failed, List<String> messages,
                        DocumentCounts counts, List<ClaimIndex.Key> claimKeys) implements Serializable {
    private static final long serialVersionUID = 1L;

    AnalysedDocument {
        statements = List.copyOf(statements);
        messages = List.copyOf(messages);
        claimKeys = List.copyOf(claimKeys);
    }

    /** A document dated outside the run's days: counted as left out, and nothing else. */
    static AnalysedDocument outOfRange(long index) {
        return new AnalysedDocument(index, null, List.of(), false, List.of(), null, List.of());
    }

    boolean outOfRange() {
        return document == null;
    }

    /** The claim keys the driver needs. */
    RunClaims.Keys keys() {
        return new RunClaims.Keys(index, claimKeys);
    }

    /** Each statement its own claim: what a document whose statements repeat no earlier claim has. */
    List<ClaimIndex.Claimed> ownClaims() {
        return claimKeys.stream().map(key -> new ClaimIndex.Claimed(key.statementId(), true)).toList();
    }

    /** The outputs with the run's claims, each statement written through the contract's field list with its claim. */
    DocumentOutput claimed(List<ClaimIndex.Claimed> claims) {
        List<String> objects = new java.util.ArrayList<>(statements.size());
        for (int i = 0; i < statements.size(); i++) {
            StatementFields.Values claimed = statements.get(i).with("claim", claims.get(i).claim());
            objects.add(PartitionAnalysis.json(g -> JsonFormat.statement(g, claimed)));
        }
        return new DocumentOutput(index, document, objects, failed, messages);
    }
}
