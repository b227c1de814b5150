package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntroducedSpeakerTest {
    @Test
    void aQuotedParagraphAfterAnOfficialAddressingTheForumIsTheirsAndSoIsTheNextOne() {
        List<Event> events = Reading.events("Russian Foreign Minister Sergey Lavrov addressed the forum on Friday.\n"
                + "\"Our partnership is not directed against anyone. We reject the sanctions as illegitimate.\n"
                + "\"Dialogue is the only way forward.\"");
        Event introduced = Reading.at("Russian Foreign Minister Sergey Lavrov addressed the forum on Friday.\n"
                + "\"Our partnership is not directed against anyone.\"", "paragraph");
        assertEquals("introduced-speaker", introduced.rule().name());
        assertEquals(List.of("Sergey Lavrov"), Reading.speakers(introduced));
        Event next = events.get(events.size() - 1);
        assertEquals("quotation-continues", next.rule().name());
        assertEquals(List.of("Sergey Lavrov"), Reading.speakers(next));
    }

    @Test
    void plainWordsAfterAColonAreTheSpeakersAndTheirWeGoesOn() {
        List<Event> events = Reading.events("Chinese envoy Fu Cong delivered remarks to the Security Council on Monday:\n"
                + "The strikes are a grave violation of the Charter. We call on all parties to exercise restraint.")
                .stream().filter(Event::hasSpeaker).toList();
        assertEquals(List.of("introduced-speaker", "statement-goes-on"), events.stream().map(e -> e.rule().name()).toList(), events::toString);
        events.forEach(e -> assertEquals(List.of("Fu Cong"), Reading.speakers(e)));
    }

    @Test
    void plainWordsAfterAnIntroductionWithoutAColonAreTheWriters() {
        List<Event> events = Reading.events("Chinese envoy Fu Cong addressed the Security Council on Monday.\n"
                + "The session lasted three hours.");
        assertTrue(events.stream().noneMatch(IntroducedSpeakerTest::introduced), events::toString);
    }

    @Test
    void aQuotationAfterAParagraphThatIntroducesNoOneSpeakingHasNoSpeaker() {
        List<Event> events = Reading.events("Russian Foreign Minister Sergey Lavrov arrived in Beijing on Friday.\n"
                + "\"Peace through strength\" was the motto of the summit.");
        assertTrue(events.stream().noneMatch(IntroducedSpeakerTest::introduced), events::toString);
    }

    private static boolean introduced(Event e) {
        return e.rule() != null && e.rule().name().equals("introduced-speaker");
    }

    @Test
    void aLineThatOnlyNamesItsSpeakerIntroducesTheParagraphUnderIt() {
        Event e = Reading.at("Nina Ostanina, Chairman of the State Duma Committee on Family Protection:\n\nWashington habitually acts "
                + "like a highwayman. No rules, no honor, no mercy.", "paragraph");
        assertEquals(List.of("Nina Ostanina"), Reading.speakers(e));
        assertTrue(Reading.events("Nina Ostanina visited the Duma committee:\n\nThe hall was full.").stream()
                .noneMatch(Event::hasSpeaker));
    }

    @Test
    void aLineThatOnlyIntroducesTheWordsUnderItIsNoStatementOfItsOwn() {
        assertEquals(1, org.reactions.Fixtures.statements("Russia's Foreign Ministry issued a statement on Monday. The ministry said on "
                + "Monday:\n\n“Russia makes an urgent call to respect international law.”").stream()
                .filter(s -> s.text().contains("urgent call")).count());
        assertEquals(0, org.reactions.Fixtures.statements("Russia's Foreign Ministry issued a statement on Monday. The ministry said on "
                + "Monday:\n\n“Russia makes an urgent call to respect international law.”").stream()
                .filter(s -> s.text().equals("The ministry said on Monday:")).count());
        assertEquals(1, org.reactions.Fixtures.statements("Guo Jiakun voiced concern. He called for a rapid de-escalation:\n\n“All parties "
                + "must stop fighting now.”").stream().filter(s -> s.text().equals("He called for a rapid de-escalation:")).count());
    }
}
