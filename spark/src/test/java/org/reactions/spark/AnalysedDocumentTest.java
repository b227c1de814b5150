package org.reactions.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.render.StatementFields;
import org.reactions.summary.ClaimIndex;
import org.reactions.summary.DocumentCounts;

/** The second pass writes each statement with its claim through the contract's field list, and changes nothing else. */
class AnalysedDocumentTest {
    private static StatementFields.Values statement(String id, String text) {
        return new StatementFields.Values(Arrays.asList(id, "b", 1, 0, 4, text, null, Arrays.asList("Sergey Lavrov", null, "person"), "RU",
                "indirect", "said", List.of("OTHER"), 0.5, List.of(), "subject-of-verb", id, "official", null));
    }

    private static AnalysedDocument document() {
        long[] signature = new long[32];
        return new AnalysedDocument(1, "{\"id\":\"b\"}", List.of(statement("b#1", "\"claim\":\"b#1\","), statement("b#2", "t")), false,
                List.of(), new DocumentCounts(1, false, null, null, List.of()),
                List.of(new ClaimIndex.Key("b#1", "RU\tx", signature), new ClaimIndex.Key("b#2", "RU\tx", signature)));
    }

    @Test
    void aRepeatedStatementGetsTheClaimOfItsFirstReport() {
        DocumentOutput claimed = document().claimed(List.of(new ClaimIndex.Claimed("a \"quoted\" #3", false),
                new ClaimIndex.Claimed("b#2", true)));
        String first = "{\"id\":\"b#1\",\"document\":\"b\",\"sentence\":1,\"start\":0,\"end\":4,\"text\":\"\\\"claim\\\":\\\"b#1\\\",\","
                + "\"quote\":null,\"speaker\":{\"name\":\"Sergey Lavrov\",\"role\":null,\"type\":\"person\"},\"country\":\"RU\","
                + "\"mode\":\"indirect\",\"cue\":\"said\",\"labels\":[\"OTHER\"],\"confidence\":0.5,\"targets\":[],\"rule\":\"subject-of-verb\","
                + "\"claim\":\"a \\\"quoted\\\" #3\",\"voice\":\"official\",\"reportedBy\":null}";
        assertEquals(first, claimed.statements().get(0));
        assertEquals(claimed.statements().get(0).replace("b#1", "b#2").replace("\\\"claim\\\":\\\"b#2\\\",", "t")
                .replace("a \\\"quoted\\\" #3", "b#2"), claimed.statements().get(1));
        assertEquals("{\"id\":\"b\"}", claimed.document());
    }
}
