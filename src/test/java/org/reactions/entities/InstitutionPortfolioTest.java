package org.reactions.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reactions.Fixtures;

/** A ministry named by its portfolio ("the Iranian Health Ministry", "Iran's Ministry of Oil") is that country's institution. */
class InstitutionPortfolioTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Iranian Health Ministry said 224 people had died.        | Iranian Health Ministry",
        "Iran's Ministry of Health said 224 people had died.          | Iranian Ministry of Health",
        "The Iranian Ministry of Oil and Gas said exports would go on. | Iranian Ministry of Oil and Gas",
        "Iran's Intelligence Ministry said it had arrested two men.    | Iranian Intelligence Ministry",
        "The Iranian health ministry says 430 people have been killed. | Iranian Health Ministry",
        "Russia's energy ministry said exports would go on.            | Russian Energy Ministry",
        "Russia's Foreign Ministry said the strikes were illegal.      | Russian Foreign Ministry"})
    void thePortfolioIsPartOfTheInstitutionsName(String sentence, String institution) {
        List<Actor> actors = Fixtures.entities(sentence).inSentence(0).stream().map(Mention::actor).filter(Objects::nonNull).toList();
        assertEquals(List.of(institution), actors.stream().filter(a -> a.type() == ActorType.INSTITUTION).map(Actor::name).toList(),
                actors.toString());
    }
}
