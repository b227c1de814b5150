package org.reactions.spark;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.reactions.summary.ClaimIndex;
import org.reactions.summary.DocumentCounts;

/**
 * One document as the first pass leaves it on an executor, before the run's claims are known: its outputs with each
 * statement its own claim, what the summary counts of it, and the claim keys of its statements (which the driver
 * claims in input order, see {@link RunClaims}).
 *
 * @param output    its JSON and its lines for standard error
 * @param counts    what the summary counts of it
 * @param claimKeys the claim key of each statement, in text order
 */
record AnalysedDocument(DocumentOutput output, DocumentCounts counts, List<ClaimIndex.Key> claimKeys) implements Serializable {
    private static final long serialVersionUID = 1L;

    AnalysedDocument {
        claimKeys = List.copyOf(claimKeys);
    }

    /** The claim keys the driver needs. */
    RunClaims.Keys keys() {
        return new RunClaims.Keys(output.index(), claimKeys);
    }

    /** Each statement its own claim: what a document whose statements repeat no earlier claim has. */
    List<ClaimIndex.Claimed> ownClaims() {
        return claimKeys.stream().map(key -> new ClaimIndex.Claimed(key.statementId(), true)).toList();
    }

    /**
     * The outputs with the run's claims: the {@code claim} of a statement that reports an earlier claim becomes that
     * claim's id. The statement objects are compact JSON in which every quotation mark inside a string is escaped,
     * so {@code ,"claim":"ID",} occurs once, as the field itself.
     */
    DocumentOutput claimed(List<ClaimIndex.Claimed> claims) {
        List<String> statements = new ArrayList<>(output.statements());
        for (int i = 0; i < claims.size(); i++) {
            String own = claimKeys.get(i).statementId();
            if (!claims.get(i).claim().equals(own)) {
                statements.set(i, statements.get(i).replace(claimField(own), claimField(claims.get(i).claim())));
            }
        }
        return new DocumentOutput(output.index(), output.document(), statements, output.failed(), output.messages());
    }

    private static String claimField(String claim) {
        return ",\"claim\":\"" + new String(JsonStringEncoder.getInstance().quoteAsString(claim)) + "\",";
    }
}
