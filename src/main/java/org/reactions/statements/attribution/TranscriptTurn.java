package org.reactions.statements.attribution;

import java.util.Optional;
import org.reactions.entities.Mention;

/** "ABBAS ARAGHCHI: Well, a military cooperation ...": a transcript turn is its speaker's words. */
final class TranscriptTurn implements AttributionRule {
    @Override
    public String id() {
        return "transcript-turn";
    }

    @Override
    public String description() {
        return "the name that opens a transcript turn (\"NAME: ...\")";
    }

    @Override
    public Optional<Event> attribute(CueSite site) {
        if (site.cue().kind() != Cue.Kind.TRANSCRIPT) {
            return Optional.empty();
        }
        Mention name = site.passage().mentionStartingAt(0);
        return Optional.of(site.event(this, site.speakers().of(site.passage(), name, "name opening a transcript turn", 1.0), false, 0));
    }
}
