package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColonQuotationTest {
    @Test
    void theSubjectOfTheClauseBeforeTheColonSpeaks() {
        Event e = Reading.at("Zakharova had one more point: “The strikes change nothing for us.”", "quote");
        assertEquals("colon-quotation", e.rule().name());
        assertEquals(List.of("Maria Zakharova"), Reading.speakers(e));
    }
}
