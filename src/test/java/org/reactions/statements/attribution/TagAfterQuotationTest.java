package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A verb that reports speech only beside quoted words ("commented", "charged") also does so in the tag after them. */
class TagAfterQuotationTest {
    @Test
    void anInvertedTagAfterTheQuotationReportsIt() {
        assertEquals(List.of("Maria Zakharova"), Reading.speakers(Reading.at("“The raid is a provocation,” charged Zakharova.", "charged")));
        assertEquals(List.of("Maria Zakharova"), Reading.speakers(Reading.at("“The raid is a provocation,” Zakharova commented.", "commented")));
    }

    @Test
    void aStatementThatReadTheQuotationIsItsIssuers() {
        assertEquals(List.of("Kremlin"), Reading.speakers(Reading.at("The Kremlin said on Monday that the blockade was illegal. “It must end,” "
                + "the statement reads.", "reads")));
    }

    @Test
    void theLetterIsTheLatestSpeakers() {
        assertEquals(List.of("Amir Saeid Iravani"), Reading.speakers(Reading.at("Iravani said in a letter to the Secretary-General that the "
                + "strikes were illegal. The letter, circulated on Sunday, demanded that the council act.", "demanded")));
    }

    @Test
    void aQuotationThatIsNoPartOfTheTagDoesNotMakeTheVerbSpeech() {
        assertTrue(Reading.events("The “saboteurs” were arrested, and the court charged them with fraud.").stream()
                .noneMatch(e -> e.cue().surface().equals("charged")));
    }
}
