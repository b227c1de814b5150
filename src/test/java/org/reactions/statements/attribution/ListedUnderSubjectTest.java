package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A list item that opens with its verb has the subject of the line that introduces the list. */
class ListedUnderSubjectTest {
    @Test
    void itemsThatOpenWithTheVerbAreTheListsSubjects() {
        List<Event> events = Reading.events("""
                Much like Peru, Chile:

                  • Spoke vaguely about de-escalation.

                  • Condemned the strikes as illegal.""");
        assertEquals(List.of(List.of("Chile"), List.of("Chile")), events.stream().map(Reading::speakers).toList());
        assertEquals("listed-under-subject", events.get(1).rule().name());
    }

    @Test
    void aListUnderALineWithoutItsActorBeforeTheColonHasNoSpeaker() {
        List<Event> events = Reading.events("""
                Chile's reaction was swift but symbolic:

                  • Condemned the strikes as illegal.""");
        assertEquals(List.of(List.of()), events.stream().map(Reading::speakers).toList());
    }

    @Test
    void anItemWithASubjectOfItsOwnKeepsIt() {
        List<Event> events = Reading.events("""
                Chile:

                  • Peru condemned the strikes as illegal.""");
        assertEquals(List.of(List.of("Peru")), events.stream().map(Reading::speakers).toList());
    }
}
