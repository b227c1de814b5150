package org.reactions.statements.attribution;

import org.reactions.entities.Actor;
import org.reactions.statements.Confidence;
import org.reactions.statements.SpeakerEvidence;
import org.reactions.statements.SpeechCue;

/**
 * Who said something and how the tool knows.
 *
 * @param actor  the speaker
 * @param at     the speaker's mention in the passage, or -1 when the speaker is not named there
 * @param how    how the rule came to the actor, for explanations; its factors are how much to trust it
 */
public record Speaker(Actor actor, int at, SpeakerEvidence how) {

    /** How much to trust the speaker (see {@link Confidence}). */
    double factor() {
        return how.factor();
    }

    /** The same speaker, credited by a cue of another passage that goes on from the one that found it. */
    Speaker carriedOn(SpeakerEvidence.Place place, SpeechCue cue) {
        return new Speaker(actor, -1, how.carriedOn(place, cue, Confidence.CARRIED_OVER));
    }
}
