package org.reactions.statements.attribution;

import java.util.Optional;
import org.reactions.entities.Mention;
import org.reactions.statements.AttributionRuleId;
import org.reactions.statements.CueKind;
import org.reactions.statements.SpeakerEvidence.Place;

/** "ABBAS ARAGHCHI: Well, a military cooperation ...": a transcript turn is its speaker's words. */
final class TranscriptTurn implements AttributionRule {
    private static final AttributionRuleId ID = new AttributionRuleId("transcript-turn",
            "the name that opens a transcript turn (\"NAME: ...\")");

    @Override
    public AttributionRuleId id() {
        return ID;
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        if (site.cue().kind() != CueKind.TRANSCRIPT) {
            return Optional.empty();
        }
        Mention name = site.passage().mentionStartingAt(0);
        return Optional.of(site.event(this, site.speakers().of(site.passage(), name, site.lookingAt(Place.TRANSCRIPT_NAME)), false, 0));
    }
}
