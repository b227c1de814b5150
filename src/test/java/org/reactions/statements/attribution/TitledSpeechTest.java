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

    private static final String HEADED = """
            Envoy's statement at the Council

            The full text of the statement is as follows:

            Statement by

            H.E. Mr. Vassily Nebenzia

            Permanent Representative to the United Nations

            New York, 3 March

            Good afternoon. The strikes were a calculated act of aggression.

            Civilian areas were targeted. This is a flagrant violation of the Charter.""";

    private static List<List<String>> titledSpeech(String text) {
        return Reading.events(text).stream().filter(e -> e.rule() != null && e.rule().name().equals("titled-speech"))
                .map(Reading::speakers).toList();
    }

    @Test
    void everySentenceUnderAHeaderInTheBodyIsTheSpeakersTheLineAfterItNames() {
        // "Good afternoon." is a greeting, and says nothing
        assertEquals(List.of(List.of("Vassily Nebenzia"), List.of("Vassily Nebenzia"), List.of("Vassily Nebenzia")), titledSpeech(HEADED));
    }

    @Test
    void aHeaderInTheBodyMayNameItsSpeakerOnItsOwnLine() {
        assertEquals(List.of(List.of("Fu Cong")), titledSpeech("""
                Fu Cong at the Council

                The Chinese envoy spoke on Monday, and the mission published his words:

                Remarks by Ambassador Fu Cong at the Security Council Briefing on the Middle East

                Mr. President, the situation in the region is deeply worrying."""));
    }

    @Test
    void everyWordOfATranscriptIsItsSpeakersSpeechVerbsAndTheirSubjectsToo() {
        List<Event> events = Reading.events("""
                Statement by H.E. Vassily Nebenzia
                before the Security Council

                We requested this meeting to address the acts of aggression against a sovereign state.

                Following the strikes, Russia consistently warned against their consequences for the region.""");
        assertEquals(List.of(List.of("Vassily Nebenzia"), List.of("Vassily Nebenzia")), events.stream().map(Reading::speakers).toList());
    }

    @Test
    void withNoHeaderInTheBodyAWritersParagraphsStayTheWriters() {
        assertEquals(List.of(), titledSpeech("""
                Envoys meet at the Council

                Vassily Nebenzia met the envoys on Monday.

                Civilian areas were targeted. The meeting ended at noon."""));
    }

    @Test
    void aHeaderOfNoOfficialGivesTheTranscriptNoSpeaker() {
        assertEquals(List.of(), titledSpeech("""
                Envoys meet at the Council

                Statement by the organisers

                Civilian areas were targeted on Monday. The meeting ended at noon."""));
    }
}
