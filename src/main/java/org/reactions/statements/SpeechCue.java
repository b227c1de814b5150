package org.reactions.statements;

import java.util.Locale;
import java.util.Objects;

/**
 * What marks a statement's speech, as the outputs write it ({@code cue}): a speech verb as it stands ("said"), or
 * the word of a mark that is not a verb ("according to", "quote" for quoted words alone, "transcript").
 *
 * @param word the cue as written, lower case
 * @param kind what kind of mark it is
 */
public record SpeechCue(String word, CueKind kind) {
    /** the cue of a statement that no mark of the text gave (one made from an annotation) */
    public static final SpeechCue NONE = of(CueKind.NONE);

    public SpeechCue {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(kind, "kind");
        if (kind == CueKind.VERB ? word.isBlank() || !word.equals(word.toLowerCase(Locale.ROOT)) : !word.equals(kind.mark())) {
            throw new IllegalArgumentException("'" + word + "' is no " + kind + " cue");
        }
    }

    /** A speech verb, as it stands in the text. */
    public static SpeechCue verb(String word) {
        return new SpeechCue(word.toLowerCase(Locale.ROOT), CueKind.VERB);
    }

    /** The cue of a mark that is not a verb, written as its kind's word. */
    public static SpeechCue of(CueKind kind) {
        if (kind == CueKind.VERB) {
            throw new IllegalArgumentException("a verb cue is written as it stands: SpeechCue.verb");
        }
        return new SpeechCue(kind.mark(), kind);
    }

    public boolean isVerb() {
        return kind == CueKind.VERB;
    }

    @Override
    public String toString() {
        return word;
    }
}
