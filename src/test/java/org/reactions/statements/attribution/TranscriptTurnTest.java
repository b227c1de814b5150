package org.reactions.statements.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;

class TranscriptTurnTest {
    @Test
    void theNameBeforeTheColonSpeaksTheTurn() {
        Event e = Reading.at("Moderator asks about the talks.\nLAVROV: We have always said that dialogue is the only way.", "transcript");
        assertEquals("transcript-turn", e.rule().name());
        assertEquals(List.of("Sergey Lavrov"), Reading.speakers(e));
    }

    @Test
    void aPlaceBeforeAColonIsADatelineNotASpeaker() {
        List<Event> events = Reading.events("LIMA: World leaders reacted with alarm to the raid.\nMOSCOW: Officials met on Monday.");
        assertEquals(List.of(), events.stream().filter(e -> e.rule() != null && e.rule().name().equals("transcript-turn")).toList());
    }

    private static List<String> said(String text) {
        return Fixtures.statements(text).stream().map(st -> st.speaker().name() + ": " + st.text()).toList();
    }

    @Test
    void aTurnGoesOnOverTheParagraphsWithNoLabelUpToTheNextTurn() {
        assertEquals(List.of("Amir Saeid Iravani: IRAVANI: Thank you, Madam President. The aggression is a violation of the Charter.",
                "Amir Saeid Iravani: We urge the Council to condemn it without delay.",
                "Amir Saeid Iravani: The United States bears full responsibility for the consequences."),
                said("Security Council, 12th meeting\nIRAVANI: Thank you, Madam President. The aggression is a violation of the Charter.\n"
                        + "We urge the Council to condemn it without delay.\n"
                        + "The United States bears full responsibility for the consequences.\n"
                        + "PRESIDENT: I thank the representative of Iran. I give the floor to the representative of Israel.\n"
                        + "The meeting rose at 5 p.m."));
    }

    @Test
    void aStoryThatQuotesOneTurnIsNoTranscript() {
        // with a single turn, the paragraphs after it are the writer's
        assertEquals(List.of("Sergey Lavrov: LAVROV: We have always said that dialogue is the only way."),
                said("Lavrov spoke to reporters\nLAVROV: We have always said that dialogue is the only way.\n"
                        + "The talks in Geneva are expected to resume next week."));
    }

    @Test
    void aParagraphWithASpeakerOfItsOwnEndsTheTurn() {
        List<String> found = said("Security Council, 12th meeting\nNEBENZIA: The strikes are a gross violation of international law.\n"
                + "Iran's envoy Amir Saeid Iravani said the attack was a crime.\n"
                + "The Council must not stay silent.\n"
                + "FU CONG: An immediate ceasefire is needed.");
        assertEquals(List.of("Vassily Nebenzia", "Amir Saeid Iravani", "Fu Cong"),
                found.stream().map(f -> f.substring(0, f.indexOf(':'))).toList());
    }

    @Test
    void aTitleInCapitalsMayStandBetweenTheNameAndTheColon() {
        assertEquals(List.of("Abbas Araghchi: ABBAS ARAGHCHI, IRANIAN FOREIGN MINISTER: Nobody should take his timetable seriously."),
                said("Araghchi on television\nABBAS ARAGHCHI, IRANIAN FOREIGN MINISTER: Nobody should take his timetable seriously."));
        // a title in lower case is a sentence's appositive, not a label
        assertEquals(List.of(), said("Araghchi on television\nAbbas Araghchi, the foreign minister: a profile."));
    }

    @Test
    void aSpeechVerbInsideATurnSpeaksForNoOneElse() {
        // the interviewer's question reports what others say; the answer is the turn's speaker's alone
        assertEquals(List.of("Kazem Gharibabadi: GHARIBABADI: We will defend ourselves."),
                said("Interview\nDW: Mr. Gharibabadi, Germany's chancellor says Russia brought this war on itself. What is your response?\n"
                        + "GHARIBABADI: We will defend ourselves."));
        assertEquals(List.of("Amir Saeid Iravani: IRAVANI: Mr. Nebenzia has rightly said that the strikes were illegal."),
                said("Security Council\nIRAVANI: Mr. Nebenzia has rightly said that the strikes were illegal.\nPRESIDENT: Thank you."));
    }

    @Test
    void aParagraphWithALabelOfItsOwnIsAnotherTurn() {
        // "Reuters:" is no speaker the reader knows, but its question is no part of the spokesman's turn
        assertEquals(List.of("Guo Jiakun: Guo Jiakun: China opposes the use of force.", "Guo Jiakun: Guo Jiakun: I am not aware of that."),
                said("Regular press conference\nGuo Jiakun: China opposes the use of force.\n"
                        + "Reuters: There are reports that cargo planes flew to Iran. Can you confirm?\nGuo Jiakun: I am not aware of that."));
    }

    @Test
    void aLiveBlogsHeadedEntriesAreNoTranscript() {
        // entries headed "Name: headline" have no turns to go on, and a paragraph naming the speaker is the writer's
        assertEquals(List.of("Abbas Araghchi", "Dmitry Peskov", "Russia"), said("Live: Iran strikes\nAraghchi: US crossed a very red line\n"
                + "The foreign minister spoke in Istanbul on Sunday.\nPeskov: Kremlin is monitoring the situation\nRussia has called for calm.")
                .stream().map(f -> f.substring(0, f.indexOf(':'))).toList());
        // one label in a story may report another's words
        assertEquals(List.of("Kremlin", "Vladimir Putin"), said("Live updates\nKremlin: Putin told Xi the strikes were illegal.").stream()
                .map(f -> f.substring(0, f.indexOf(':'))).toList());
    }

    @Test
    void aParagraphWithASpeakerOfItsOwnIsNotGoneOnWith() {
        assertEquals(List.of("Amir Saeid Iravani", "Iran", "Vassily Nebenzia"), said("Council\nIRAVANI: Thank you, Madam President.\n"
                + "Iran has always called for restraint.\nNEBENZIA: We agree.").stream().map(f -> f.substring(0, f.indexOf(':'))).toList());
    }

    @Test
    void aLabelAloneOnItsLineIntroducesTheParagraphAfterIt() {
        // once an index error that lost the document
        assertEquals(List.of("Abbas Araghchi"), said("Interview transcript\nABBAS ARAGHCHI, IRANIAN FOREIGN MINISTER:\n"
                + "Nobody should take his timetable seriously.").stream().map(f -> f.substring(0, f.indexOf(':'))).toList());
        assertEquals(List.of("Sergey Lavrov"), said("Interview transcript\nLAVROV:\nNobody should take his timetable seriously.").stream()
                .map(f -> f.substring(0, f.indexOf(':'))).toList());
    }
}
