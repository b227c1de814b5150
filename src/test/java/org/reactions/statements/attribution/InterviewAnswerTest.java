package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The answers of an interview laid out as questions and answers are the official introduced before the first question. */
class InterviewAnswerTest {
    private static List<List<String>> speakers(String text) {
        return Reading.events(text).stream().filter(Event::hasSpeaker).map(Reading::speakers).toList();
    }

    @Test
    void theAnswersAfterAnInterviewersTurnAreTheIntervieweesAndTheQuestionsNoOnes() {
        assertEquals(List.of(List.of("Alexey Dedov"), List.of("Alexey Dedov")), speakers("""
                A television channel spoke to Alexey Dedov, the Russian ambassador in Iran, about the crisis.

                Q: How has the situation in the region changed over the past year?

                The destructive policies of several Western countries have complicated the situation.

                The greatest threat is the risk of military escalation in the region."""));
    }

    @Test
    void twoQuestionsWithoutTurnsMakeAnInterviewToo() {
        assertEquals(List.of(List.of("Alexey Dedov"), List.of("Alexey Dedov")), speakers("""
                A television channel spoke to Alexey Dedov, the Russian ambassador in Iran, about the crisis.

                How has the situation in the region changed over the past year?

                The destructive policies of several Western countries have complicated the situation.

                What is the greatest threat now?

                The greatest threat is the risk of military escalation in the region."""));
    }

    @Test
    void questionsInAReportAboutAnOfficialMakeNoInterview() {
        assertEquals(List.of(), speakers("""
                Foreign Minister Abbas Araghchi flew to Muscat on Monday.

                What happens next?

                The talks resume next week in the Omani capital.

                Who is mediating?

                Oman has hosted three rounds of the talks so far."""));
    }

    @Test
    void aSingleRhetoricalQuestionMakesNoInterview() {
        assertEquals(List.of(), speakers("""
                Alexey Dedov, the Russian ambassador in Iran, arrived in the capital on Monday.

                How has the situation in the region changed over the past year?

                The destructive policies of several Western countries have complicated the situation."""));
    }

    @Test
    void anAnswerThatSpeaksAsWeIsTheIntervieweesWhoeverTheQuestionNames() {
        assertEquals(List.of(List.of("Ahmad Bakhshayesh"), List.of("Alexey Dedov"), List.of("Alexey Dedov")), speakers("""
                Russia's Ambassador to Iran Alexey Dedov spoke to our correspondent in Tehran.

                Q: Mr. Ambassador, Iranian lawmaker Ahmad Bakhshayesh said Russia did too little. Your answer?

                A: We did everything we could. The Security Council was blocked by Washington."""));
    }

    @Test
    void anInterviewersNamedTurnIsNoAnswer() {
        assertEquals(List.of(List.of("Alexey Dedov"), List.of("Alexey Dedov")), speakers("""
                A television channel spoke to Alexey Dedov, the Russian ambassador in Iran, about the crisis.

                Q: How has the situation in the region changed over the past year?

                A: The greatest threat is the risk of military escalation in the region. We warned of it.

                Margaret Brennan: Yes. You mentioned the risk."""));
    }
}
