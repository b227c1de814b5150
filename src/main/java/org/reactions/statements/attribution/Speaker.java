package org.reactions.statements.attribution;

import org.reactions.entities.Actor;

/**
 * Who said something and how the tool knows.
 *
 * @param actor  the speaker
 * @param at     the speaker's mention in the passage, or -1 when the speaker is not named there
 * @param how    how the mention led to the actor, for explanations
 * @param factor how much to trust it (see {@link org.reactions.statements.Confidence})
 */
public record Speaker(Actor actor, int at, String how, double factor) {

    /** The same speaker, credited by a later cue that goes on from the one that found it. */
    Speaker carriedOn(String newHow, double extraFactor) {
        return new Speaker(actor, -1, newHow, factor * extraFactor);
    }
}
