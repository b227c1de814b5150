package org.reactions.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reactions.Fixtures;

/** A one-word outlet's name inside a longer capitalised name is no outlet ("South African National Defence Force"). */
class OutletInsideNameTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Three South African National Defence Force soldiers were killed. |",
        "The National reported the raid.                                   | The National",
        "Reuters Television showed the raid.                               | Reuters",
        "Russian TASS reported the raid.                                   | TASS"})
    void anOutletIsNamedOnlyOutsideALongerName(String sentence, String outlet) {
        List<String> outlets = Fixtures.entities(sentence).inSentence(0).stream().map(Mention::actor).filter(Objects::nonNull)
                .filter(a -> a.type() == ActorType.OUTLET && a.role() != null && !a.name().equals("News Agency")).map(Actor::name).toList();
        assertEquals(outlet == null ? List.of() : List.of(outlet), outlets);
    }
}
