package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributedInNextParagraphTest {
    @Test
    void aQuotationRunningOnIsCreditedToTheSpeakerTheNextParagraphNames() {
        List<Event> events = Reading.events("“The strikes are a grave breach of the law that nobody can excuse.\n"
                + "“They must stop at once,” Lavrov said.");
        assertEquals("attributed-in-next-paragraph", events.get(0).rule().name());
        assertEquals(List.of("Sergey Lavrov"), Reading.speakers(events.get(0)));
    }
}
