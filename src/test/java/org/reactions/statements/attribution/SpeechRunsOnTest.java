package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeechRunsOnTest {
    @Test
    void unquotedWordsAfterAColonRunOnToTheEndOfTheParagraph() {
        Event e = Reading.at("Khamenei congratulated the nation and said calmly: The victory is ours. The enemy has been humiliated. "
                + "Our response will be firm.", "runs-on");
        assertEquals("speech-runs-on", e.rule().name());
        assertEquals(List.of("Ali Khamenei"), Reading.speakers(e));
        assertEquals(2, Reading.events("Khamenei said calmly: The victory is ours. The enemy has been humiliated.").stream()
                .filter(Event::hasSpeaker).count());
    }

    @Test
    void aQuotationAfterTheColonDoesNotRunOn() {
        assertTrue(Reading.events("Khamenei said: “The victory is ours.” The crowd cheered for an hour.").stream()
                .noneMatch(e -> e.rule() != null && e.rule().name().equals("speech-runs-on")));
    }

    @Test
    void aSentenceThatNamesAPersonOrANewParagraphEndsTheRun() {
        assertTrue(Reading.events("Khamenei said calmly: The victory is ours. Trump had claimed the opposite.").stream()
                .noneMatch(e -> e.rule() != null && e.rule().name().equals("speech-runs-on")));
        assertTrue(Reading.events("Khamenei said calmly: The victory is ours.\n\nThe ceasefire held overnight.").stream()
                .noneMatch(e -> e.rule() != null && e.rule().name().equals("speech-runs-on")));
    }

    @Test
    void whatAnotherCountrysStateIsSaidToBelieveStaysInTheRun() {
        List<Event> events = Reading.events("Khamenei said calmly: The victory is ours. The American regime went to war because it "
                + "believed that its ally would fall. Here too, the Islamic Republic emerged victorious.");
        assertEquals(2, events.stream().filter(e -> e.rule() != null && e.rule().name().equals("speech-runs-on")).count(), events::toString);
        events.stream().filter(e -> e.rule() != null && e.rule().name().equals("speech-runs-on"))
                .forEach(e -> assertEquals(List.of("Ali Khamenei"), Reading.speakers(e)));
        List<Event> own = Reading.events("Khamenei said calmly: The victory is ours. The Iranian government believed that the ally "
                + "would fall.");
        assertTrue(own.stream().noneMatch(e -> e.rule() != null && e.rule().name().equals("speech-runs-on")), own::toString);
    }

    @Test
    void aParagraphALineIntroducedIsTheSpeakersEvenWhereItNamesAPerson() {
        List<Event> events = Reading.events("Konstantin Zatulin, First Deputy Chairman of the Duma Committee:\n\nWhat had been "
                + "warned about has happened. Ali Khamenei and his ministers died in the raids. Women and children are dying in the "
                + "streets.");
        List<Event> run = events.stream().filter(e -> e.rule() != null && e.rule().name().equals("speech-runs-on")).toList();
        assertEquals(2, run.size(), events::toString);
        run.forEach(e -> assertEquals(List.of("Konstantin Zatulin"), Reading.speakers(e)));
    }
}
