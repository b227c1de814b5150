package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;

class TaggedInNextSentenceTest {
    @Test
    void aSentenceTheTaggedOneGoesOnFromIsTheSpeakers() {
        List<Event> events = Reading.events("The move violates the Charter. It has raised tensions across the region, Lavrov said.");
        assertEquals(2, events.size(), () -> events.toString());
        assertEquals("tagged-in-next-sentence", events.get(0).rule().name());
        assertEquals(List.of("Sergey Lavrov"), Reading.speakers(events.get(0)));
        assertEquals(List.of("Dmitry Peskov"), Reading.speakers(Reading.events("The attack was a grave mistake. They have pushed the region "
                + "to the brink of war, Kremlin spokesman Dmitry Peskov said on Monday.").get(0)));
    }

    @Test
    void anActorAfterTheVerbIsNoSubjectAlsoWhereARunLeavesTheSentenceUntagged() {
        // a run tags only sentences with a speech word or quoted words; "violate" is none, and "the UN Charter" names an actor
        String text = "The strikes violate the UN Charter. They have raised tensions across the region, Lavrov told reporters.";
        assertEquals(1, tagged(text));
        List<String> run = Fixtures.labeled(text).stream().map(l -> l.statement().speaker().name() + ": " + l.statement().text()).toList();
        assertEquals(List.of("Sergey Lavrov: The strikes violate the UN Charter.",
                "Sergey Lavrov: They have raised tensions across the region, Lavrov told reporters."), run);
        // an actor before the first word in lower case acts, untagged or not, also after a preposition's phrase
        assertEquals(0, Fixtures.labeled("Israel struck three nuclear sites on Sunday. It was a grave violation, Lavrov said.").stream()
                .filter(l -> l.statement().text().startsWith("Israel")).count());
        assertEquals(0, Fixtures.labeled("In a statement, Russia condemned the strikes. They were illegal, Lavrov said.").stream()
                .filter(l -> l.statement().speaker().name().equals("Sergey Lavrov") && l.statement().text().startsWith("In a")).count());
    }

    @Test
    void notNarrationNorASentenceThatDoesNotGoOnFromIt() {
        // an actor acts in the sentence before: the writer's narration
        assertEquals(0, tagged("Israel struck three nuclear sites on Sunday. It was a grave violation, Lavrov said."));
        // the tagged sentence opens with a subject of its own
        assertEquals(0, tagged("The move violates the Charter. Russia will not stand by, Lavrov said."));
        // an empty "it" goes on from nothing
        assertEquals(0, tagged("The situation in the region was discussed. It was stressed that the strikes undermined the treaty, "
                + "the Kremlin said."));
        assertEquals(0, tagged("Oil prices jumped on Monday. It is too early to say whether talks will resume, Peskov told reporters."));
        // a tag before its words, or another paragraph
        assertEquals(0, tagged("The move violates the Charter. Lavrov said it had raised tensions."));
        assertEquals(0, tagged("The move violates the Charter.\nIt has raised tensions, Lavrov said."));
    }

    private static long tagged(String text) {
        return Reading.events(text).stream().filter(e -> e.rule() != null && e.rule().name().equals("tagged-in-next-sentence")).count();
    }
}
