package org.reactions.statements.attribution;

import org.reactions.stance.BundledLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactions.Fixtures;
import org.reactions.stance.LabeledStatement;

class FrontedParticipleTest {
    @Test
    void theParticipleSpeaksForTheActorAfterItsComma() {
        Event e = Reading.at("Condemning the raid, Chinese Foreign Minister Wang Yi stressed that the talks must go on.", "condemning");
        assertEquals("fronted-participle", e.rule().name());
        assertEquals(List.of("Wang Yi"), Reading.speakers(e));
    }

    @Test
    void theNameAfterTheParticipleIsNotTheSpeaker() {
        Event e = Reading.at("Criticising Lavrov, Wang Yi said the raid broke the law.", "criticising");
        assertEquals(List.of("Wang Yi"), Reading.speakers(e));
    }

    @Test
    void theFrontedWordsAreASpeechActOfTheirOwn() {
        List<LabeledStatement> found = Fixtures.labeled("Condemning the raid, Wang Yi said the talks would go on next week.");
        assertEquals(List.of("condemning", "said"), found.stream().map(s -> s.statement().cue().word()).toList());
        assertTrue(found.get(0).labels().contains(BundledLabels.CONDEMNATION), () -> found.get(0).labels().toString());
    }

    @Test
    void aParticipleThatFramesTheOccasionIsNoSpeechAct() {
        List<LabeledStatement> found = Fixtures.labeled("Responding to claims of an alliance, Wang Yi said the talks would go on.");
        assertEquals(List.of("said"), found.stream().map(s -> s.statement().cue().word()).toList());
    }
}
