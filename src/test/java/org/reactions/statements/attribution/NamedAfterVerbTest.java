package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamedAfterVerbTest {
    @Test
    void theNameAfterTheVerbAfterAQuotationSpeaks() {
        Event e = Reading.at("“The region cannot take another war,” said Mao Ning.", "said");
        assertEquals("named-after-verb", e.rule().name());
        assertEquals(List.of("Mao Ning"), Reading.speakers(e));
    }

    @Test
    void anHonorificBeforeTheNameIsSteppedOver() {
        assertEquals(List.of("Yuri Ushakov"), Reading.speakers(Reading.at("“The exchange was useful,” said Mr Ushakov, a Kremlin aide.", "said")));
    }

    @Test
    void theNameThatEndsTheSentenceAfterACommaAndTheVerbSpeaks() {
        Event e = Reading.at("The blockade was a grave violation of the Charter, said Zakharova.", "said");
        assertEquals("named-after-verb", e.rule().name());
        assertEquals(List.of("Maria Zakharova"), Reading.speakers(e));
    }

    @Test
    void aTagBetweenCommasNamesItsSpeaker() {
        assertEquals(List.of("Maria Zakharova"), Reading.speakers(Reading.at("We caution the United States against intervention, declared "
                + "Zakharova, raising fears of a confrontation.", "declared")));
    }

    @Test
    void aNameThatDoesNotEndTheSentenceIsNoTagsSpeaker() {
        List<Event> events = Reading.events("The talks stalled, said Zakharova's deputy in a letter to the council.");
        assertEquals(false, events.stream().anyMatch(e -> Reading.speakers(e).contains("Maria Zakharova")), events::toString);
    }

    @Test
    void aStatementIssuedBySomeoneIsTheirs() {
        Event e = Reading.at("Wang Yi spoke about trade on Monday.\n“The strikes must stop,” says the statement issued by the Chinese "
                + "Foreign Ministry.", "says");
        assertEquals(List.of("Chinese Foreign Ministry"), Reading.speakers(e));
    }

    @Test
    void aCountryThatOwnsTheNounAfterTheVerbIsNotItsSubject() {
        List<Event> events = Reading.events("Reaffirming Belgrade's commitment to “a just peace from the very first day,” Darkovic "
                + "offered to mediate.");
        assertEquals(false, events.stream().anyMatch(e -> Reading.speakers(e).contains("Serbia")), events::toString);
    }

    @Test
    void aTagMayEndInAPhraseOfOccasion() {
        Event e = Reading.at("Embassies are organizing the evacuation of citizens from Venezuela, said Foreign Ministry spokesperson "
                + "Guo Jiakun at a regular news briefing on Tuesday.", "said");
        assertEquals("named-after-verb", e.rule().name());
        assertEquals(List.of("Guo Jiakun"), Reading.speakers(e));
        assertEquals(List.of(), Reading.speakers(Reading.at("Embassies are organizing the evacuation, said Guo Jiakun at a briefing "
                + "that was cut short.", "said")), "a verb after the speaker makes it no tag");
    }

    @Test
    void aTagAfterACommaSpeaksWhateverPhraseComesBeforeIt() {
        Event e = Reading.at("Kenya hopes that its neighbours will stand with it, in the dispute with Somalia, said Foreign Minister "
                + "Musalia Mudavadi.", "said");
        assertEquals("named-after-verb", e.rule().name());
        assertEquals(List.of("Musalia Mudavadi"), Reading.speakers(e));
        Event condemned = Reading.at("Kenya, in a statement on Monday, condemned Somalia.", "condemned");
        assertEquals(List.of("Kenya"), Reading.speakers(condemned), "a verb that takes the name as its object puts no tag first");
    }
}
