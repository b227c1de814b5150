package org.reactions.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;
import org.reactions.knowledge.CountryCode;
import org.reactions.nlp.AnnotatedDocument;

/** Where the rules that widen a subject or step over a phrase must stop, so that no one else is made the speaker. */
class SpeakerBoundariesTest {
    private static List<String> speakers(String text, String... countries) {
        AnnotatedDocument document = Fixtures.annotate(text);
        return Fixtures.EXTRACTOR.extract(document, Fixtures.RECOGNIZER.recognize(document),
                        Arrays.stream(countries).map(CountryCode::of).collect(Collectors.toSet())).stream()
                .map(s -> s.speaker().name() + "/" + s.country() + " " + s.cue().word()).toList();
    }

    @Test
    void onlyAContrastingClauseHasASubjectOfItsOwn() {
        assertEquals(List.of("Wang Yi/CN urged", "Wang Yi/CN calling"), speakers("Chinese Foreign Minister Wang Yi urged restraint as "
                + "Israel stepped up its strikes, calling for an immediate ceasefire.", "CN", "IL"));
    }

    @Test
    void aParticiplesObjectIsNoTagSpeaker() {
        assertEquals(List.of("China/CN slamming"), speakers("Beijing imposed sanctions on US defence firms, slamming Washington over "
                + "arms sales to Venezuela.", "CN", "US"));
    }

    @Test
    void aTimeAfterACommaIsSteppedOverOnlyFromTheSentencesSubject() {
        assertEquals(List.of("Russia/RU accusing"), speakers("Russia expelled two diplomats from Estonia, on Friday accusing Tallinn of "
                + "hostile acts.", "RU", "EE"));
    }

    @Test
    void theTwoSidesAreTwoPeopleOrTwoStatesNeverOneOfEach() {
        assertEquals(List.of("Vladimir Putin/RU agreed", "Recep Tayyip Erdoğan/TR agreed"), speakers("Putin discussed Iran with Erdogan "
                + "on Monday. The two sides agreed to stay in contact.", "RU", "TR", "IR"));
    }

    @Test
    void aFrontedClauseEndsAfterItsVerbNotInsideItsList() {
        assertEquals(List.of("China/CN advocate"), speakers("As the US, Israel and Iran trade strikes, China has utilized the floor of "
                + "the Security Council to advocate for a pause.", "CN", "US", "IL", "IR"));
    }

    @Test
    void someoneStandingAlongsideTheSpeakerSaysNothing() {
        assertEquals(List.of("Donald Trump/US said"), speakers("Trump, alongside Netanyahu at the White House, said Iran must never "
                + "have a bomb.", "US", "IL"));
    }

    @Test
    void aHeadlinesWarningShotsAreNoWarning() {
        assertEquals(List.of(), speakers("Israel fires warning shots at protesters\n\nThe army spoke of a riot.", "IL"));
    }

    @Test
    void theMissionNeverRefersBackToACommission() {
        assertEquals(List.of("Defence Commission/CN said"), speakers("China's Defence Commission said the "
                + "hospitals were full. The mission said the strikes were illegal.", "CN"));
    }
}
