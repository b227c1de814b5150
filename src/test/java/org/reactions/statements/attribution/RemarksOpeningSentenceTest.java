package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Wang's remarks came after ...": the one whose remarks open a sentence is its subject, what a "he" after it stands for. */
class RemarksOpeningSentenceTest {
    private static final String WANG = "“The blockade must end,” Chinese Foreign Minister Wang Yi said. ";

    @Test
    void theOwnerOfRemarksThatOpenTheSentenceIsItsSubject() {
        assertEquals(List.of("Wang Yi"), Reading.speakers(Reading.at(WANG
                + "Wang's remarks came after Lavrov's visit to the port. He criticised the visit.", "criticised")));
    }

    @Test
    void remarksInsideTheSentenceDoNotOutrankItsSubject() {
        assertEquals(List.of("Wang Yi"), Reading.speakers(Reading.at(WANG
                + "Wang rejected Lavrov's remarks on Monday. He said the navy would stay.", "said")));
    }
}
