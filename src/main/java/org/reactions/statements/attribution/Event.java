package org.reactions.statements.attribution;

import java.util.List;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.CueKind;

/**
 * A cue with the speakers a rule credited it to.
 *
 * @param cue      the speech mark
 * @param speakers who spoke (empty when the rule that decided found nobody it could name)
 * @param negated  whether the speech is denied ("has not commented"), so it is no statement
 * @param anchor   the token where the speaker's clause starts (its mention, or the cue)
 * @param goesWith the event whose speaker it shares ("said ..., adding that"), or null
 * @param rule     the rule that decided (see {@link AttributionRules}), or null when none did
 */
public record Event(Cue cue, List<Speaker> speakers, boolean negated, int anchor, Event goesWith, AttributionRuleId rule) {
    public Event {
        speakers = List.copyOf(speakers);
    }

    /** A cue that no rule could credit to anyone. */
    static Event unattributed(Cue cue) {
        return new Event(cue, List.of(), false, cue.at(), null, null);
    }

    public boolean hasSpeaker() {
        return !speakers.isEmpty();
    }

    boolean isVerb() {
        return cue.kind() == CueKind.VERB;
    }
}
