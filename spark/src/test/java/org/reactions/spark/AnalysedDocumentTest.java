package org.reactions.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.summary.ClaimIndex;
import org.reactions.summary.DocumentCounts;

/** The second pass gives a statement that reports an earlier claim that claim's id, and changes nothing else. */
class AnalysedDocumentTest {
    private static final String FIRST = "{\"id\":\"b#1\",\"text\":\"\\\"claim\\\":\\\"b#1\\\",\",\"rule\":\"r\",\"claim\":\"b#1\",\"voice\":\"official\"}";
    private static final String SECOND = "{\"id\":\"b#2\",\"text\":\"t\",\"rule\":\"r\",\"claim\":\"b#2\",\"voice\":\"official\"}";

    private static AnalysedDocument document() {
        DocumentOutput output = new DocumentOutput(1, "{\"id\":\"b\"}", List.of(FIRST, SECOND), false, List.of());
        long[] signature = new long[32];
        return new AnalysedDocument(output, new DocumentCounts(1, false, null, null, List.of()),
                List.of(new ClaimIndex.Key("b#1", "RU\tx", signature), new ClaimIndex.Key("b#2", "RU\tx", signature)));
    }

    @Test
    void onlyTheClaimFieldOfARepeatedStatementChanges() {
        DocumentOutput claimed = document().claimed(List.of(new ClaimIndex.Claimed("a \"quoted\" #3", false),
                new ClaimIndex.Claimed("b#2", true)));
        assertEquals(List.of(FIRST.replace("\"claim\":\"b#1\",\"voice\"", "\"claim\":\"a \\\"quoted\\\" #3\",\"voice\""), SECOND),
                claimed.statements());
        assertEquals(document().output().document(), claimed.document());
    }

    @Test
    void ownClaimsLeaveTheOutputAsItIs() {
        AnalysedDocument document = document();
        assertEquals(document.output(), document.claimed(document.ownClaims()));
    }
}
