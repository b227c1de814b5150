package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Below a title that names who gives the speech, the paragraphs with no speech mark are the speaker's. */
class TitledSpeechTest {
    private static final String BODY = """

            Madam President,

            It has been precisely one week since the escalation began, and the skies over two capitals are lit by explosions.

            Apocalyptic predictions have become reality for the people of the region.""";

    @Test
    void theParagraphsBelowAStatementTitleAreItsSpeakers() {
        List<Event> events = Reading.events("Statement by the Permanent Representative Vassily Nebenzia at a UNSC Briefing" + BODY);
        assertEquals(List.of(List.of("Vassily Nebenzia"), List.of("Vassily Nebenzia")), events.stream().map(Reading::speakers).toList());
        assertEquals("titled-speech", events.get(0).rule().name());
    }

    @Test
    void anInterviewsAnswersAreTheNamedOfficialsAndItsQuestionsNoOnes() {
        List<Event> events = Reading.events("""
                Interview by Permanent Representative of the Russian Federation in Vienna Mikhail Ulyanov to a television channel

                You met the Director General on Wednesday. What was the outcome of your talks?

                We discussed many aspects of the nuclear dossier. Such exchanges are useful for both sides.""");
        assertEquals(List.of(List.of("Mikhail Ulyanov"), List.of("Mikhail Ulyanov")),
                events.stream().filter(Event::hasSpeaker).map(Reading::speakers).toList());
    }

    @Test
    void aHeadlineAboutASpeechIsNoTitleOfIt() {
        assertEquals(List.of(), Reading.events("Speech by Vassily Nebenzia draws fire in the council" + BODY).stream()
                .filter(Event::hasSpeaker).toList());
    }

    @Test
    void aTitleThatNamesNoSpeechGivesNoSpeaker() {
        assertEquals(List.of(), Reading.events("Vassily Nebenzia at a UNSC Briefing" + BODY).stream()
                .filter(Event::hasSpeaker).toList());
    }
}
