package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationContinuesTest {
    @Test
    void aQuotationWithNoVerbGoesOnFromTheSpeakerBefore() {
        List<Event> events = Reading.events("“We reject the strikes,” Wang Yi said.\n“They violate the Charter and must stop.”");
        Event second = events.get(events.size() - 1);
        assertEquals("quotation-continues", second.rule().name());
        assertEquals(List.of("Wang Yi"), Reading.speakers(second));
    }

    @Test
    void theSpeakerGoesOnRatherThanTheSourceOfTheReadout() {
        List<Event> events = Reading.events("Xi Jinping reaffirmed the partnership, according to Iran's readout of the call.\n"
                + "“China stands by justice and fairness.”");
        assertEquals(List.of("Xi Jinping"), Reading.speakers(events.get(events.size() - 1)));
    }

    @Test
    void notAcrossAParagraphWithoutSpeech() {
        List<Event> events = Reading.events("“We reject the strikes,” Wang Yi said.\nMarkets fell sharply on the news.\n"
                + "“They violate the Charter and must stop.”");
        assertEquals(1, events.size(), () -> events.toString());
    }
}
