package org.reactions.statements.attribution;

import org.reactions.statements.CueKind;
import org.reactions.statements.SpeechCue;

/**
 * What marks speech in a passage.
 *
 * @param at      the token where it stands
 * @param end     the token after it
 * @param surface the words as written, lower case ("said", "according to"), or "quote"/"transcript" for marks
 *                that are not words
 * @param kind    what kind of mark it is, which decides the rules that can attribute it
 */
public record Cue(int at, int end, String surface, CueKind kind) {

    /** The cue as the outputs write it. */
    public SpeechCue speech() {
        return kind == CueKind.VERB ? SpeechCue.verb(surface) : SpeechCue.of(kind);
    }
}
