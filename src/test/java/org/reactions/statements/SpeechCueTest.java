package org.reactions.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A cue is written as the outputs' {@code cue} word: a verb as it stands, any other mark as its kind's word. */
class SpeechCueTest {
    @Test
    void everyMarkRoundTripsThroughItsWord() {
        for (CueKind kind : CueKind.values()) {
            if (kind == CueKind.VERB) {
                continue;
            }
            SpeechCue cue = SpeechCue.of(kind);
            assertEquals(kind.mark(), cue.word());
            assertEquals(cue, new SpeechCue(cue.word(), kind), kind + " is written as '" + cue.word() + "'");
        }
        assertEquals("according to", SpeechCue.of(CueKind.ACCORDING).word());
        assertEquals("quote", SpeechCue.of(CueKind.COLON).word());
        assertEquals("", SpeechCue.NONE.word());
    }

    @Test
    void aVerbIsWrittenAsItStandsInLowerCase() {
        SpeechCue said = SpeechCue.verb("Said");
        assertEquals("said", said.word());
        assertEquals(CueKind.VERB, said.kind());
        assertEquals("said", said.toString());
    }

    @Test
    void aWordThatIsNotItsKindsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SpeechCue("said", CueKind.COLON));
        assertThrows(IllegalArgumentException.class, () -> new SpeechCue("quote", CueKind.ACCORDING));
        assertThrows(IllegalArgumentException.class, () -> new SpeechCue("", CueKind.VERB));
        assertThrows(IllegalArgumentException.class, () -> new SpeechCue("Said", CueKind.VERB));
        assertThrows(IllegalArgumentException.class, () -> SpeechCue.of(CueKind.VERB));
    }
}
