package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The subject of a passive speech verb is spoken to or of ("Putin was warned by doctors"), never its speaker. */
class PassiveSubjectTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Putin was warned by doctors to rest.           | warned |",
        "Lavrov was asked about the blockade on Monday. | asked  |",
        "China was said to be furious.                  | said   |",
        "Iran was not told of the blockade.             | told   |",
        "Russia is opposed to any blockade.             | opposed | Russia"})
    void theSubjectOfAPassiveIsNoSpeaker(String sentence, String cue, String speaker) {
        assertEquals(speaker == null ? List.of() : List.of(speaker), Reading.speakers(Reading.at(sentence, cue)));
    }
}
